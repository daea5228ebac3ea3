import { foldChannel, latestLiveState, type LiveEntry } from './live-board';
import { openLiveChannel, type LiveChannel, type LiveChannelOptions } from './live-channel';

type Listener = () => void;

/**
 * A coach's connections to the live channels of the athletes who shared with them. Keeps the
 * latest state of each and tells listeners when any changed; publishes nothing itself.
 */
export class LiveTeam {
  private readonly channels = new Map<string, LiveChannel>();
  private entries = new Map<string, LiveEntry>();
  private snapshotValue: LiveEntry[] = [];
  private readonly listeners = new Set<Listener>();
  private pending = false;

  constructor(
    private readonly options: Omit<LiveChannelOptions, 'athleteId'>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Follows exactly these athletes: opens new channels, closes the ones no longer listed. */
  follow(athleteIds: readonly string[]): void {
    const wanted = new Set(athleteIds);
    for (const [id, channel] of this.channels) {
      if (wanted.has(id)) continue;
      channel.close();
      this.channels.delete(id);
      this.entries.delete(id);
    }
    for (const id of wanted) {
      if (this.channels.has(id)) continue;
      const channel = openLiveChannel({ ...this.options, athleteId: id });
      this.channels.set(id, channel);
      channel.awareness.on('change', () => this.read(id, channel));
    }
    this.publish();
  }

  snapshot = (): LiveEntry[] => this.snapshotValue;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private read(athleteId: string, channel: LiveChannel) {
    const others = new Map(channel.awareness.getStates());
    others.delete(channel.awareness.clientID);
    const state = latestLiveState(others as Map<number, Record<string, unknown>>);
    const previous = this.entries.get(athleteId);
    const next = foldChannel(previous, athleteId, state, this.now());
    if (next === previous) return;
    if (next) this.entries.set(athleteId, next);
    this.publishSoon();
  }

  /**
   * Fifty athletes at 1 Hz are fifty changes a second: the screen hears of them once per frame,
   * together, rather than redrawing the board for each one.
   */
  private publishSoon() {
    if (this.pending) return;
    this.pending = true;
    const flush = () => {
      this.pending = false;
      this.publish();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
    else setTimeout(flush, 0);
  }

  private publish() {
    this.snapshotValue = [...this.entries.values()];
    this.listeners.forEach((l) => l());
  }
}
