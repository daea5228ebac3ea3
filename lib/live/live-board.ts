import { LIVE_FIELD, liveStateSchema, type LiveState } from './live-state';

/** What a coach's screen knows of one athlete's session. */
export type LiveEntry = {
  athleteId: string;
  state: LiveState;
  /** The coach's clock when the latest state arrived, ms. */
  receivedAtMs: number;
  /** The athlete's device is still connected to the live channel. */
  present: boolean;
};

/** Seconds without a state before a connected athlete's tile says the link is lost. */
export const STALE_AFTER_MS = 5_000;

export type TileStatus = 'live' | 'paused' | 'link-lost' | 'finished';

/**
 * A tile's status: finished once the athlete's device said so; link lost when their device left
 * mid-session, stopped sending, or lost a sensor; otherwise live (or paused).
 */
export function tileStatus(entry: LiveEntry, nowMs: number): TileStatus {
  if (entry.state.phase === 'finished') return 'finished';
  if (!entry.present || nowMs - entry.receivedAtMs > STALE_AFTER_MS) return 'link-lost';
  if (entry.state.linksDown.length > 0) return 'link-lost';
  return entry.state.phase === 'paused' ? 'paused' : 'live';
}

/**
 * The newest readable live state among one channel's awareness states (an athlete recording on
 * two devices shows the one that spoke last), or null when none says anything.
 */
export function latestLiveState(
  states: ReadonlyMap<number, Record<string, unknown>>,
): LiveState | null {
  let latest: LiveState | null = null;
  for (const state of states.values()) {
    const parsed = liveStateSchema.safeParse(state[LIVE_FIELD]);
    if (!parsed.success) continue;
    if (!latest || parsed.data.sentAtMs > latest.sentAtMs) latest = parsed.data;
  }
  return latest;
}

/**
 * Folds one channel change into the board: a new state replaces the old; a channel that fell
 * silent keeps the last state, marked absent, so the tile can say the link was lost.
 */
export function foldChannel(
  previous: LiveEntry | undefined,
  athleteId: string,
  state: LiveState | null,
  nowMs: number,
): LiveEntry | undefined {
  if (state) {
    if (
      previous?.present &&
      previous.state.seq === state.seq &&
      previous.state.sentAtMs === state.sentAtMs
    )
      return previous;
    return { athleteId, state, receivedAtMs: nowMs, present: true };
  }
  if (!previous || !previous.present) return previous;
  return { ...previous, present: false };
}

/** Tiles in a steady order: sessions that need a look (link lost) first, then by name. */
export function boardOrder(entries: readonly LiveEntry[], nowMs: number): LiveEntry[] {
  const weight = (e: LiveEntry) => (tileStatus(e, nowMs) === 'link-lost' ? 0 : 1);
  return [...entries].sort(
    (a, b) =>
      weight(a) - weight(b) ||
      a.state.name.localeCompare(b.state.name) ||
      a.athleteId.localeCompare(b.athleteId),
  );
}
