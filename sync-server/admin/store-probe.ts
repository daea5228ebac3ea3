import type { Reachability } from '../reachability.ts';

export type StoreKind = 'redis' | 'postgresql' | 'leveldb';

/** One store in the Health tab: whether it answers, how fast, and since when it is in that state. */
export type StoreRow = {
  store: StoreKind;
  state: 'reachable' | 'unreachable';
  /** The last probe's round trip; null until one finished, or when it failed. */
  latencyMs: number | null;
  since: string;
  checkedAt: string | null;
};

/**
 * Probes one store on a timer (a Redis PING, or loading a document name that never exists from
 * PostgreSQL or LevelDB) and remembers when its state last changed.
 */
export class StoreProbe {
  private row: StoreRow;

  constructor(
    store: StoreKind,
    private readonly ping: () => Promise<unknown>,
    private readonly reachability: Reachability | null,
    nowMs: number,
  ) {
    const since = new Date(nowMs).toISOString();
    this.row = { store, state: 'reachable', latencyMs: null, since, checkedAt: null };
  }

  async probe(nowMs: () => number): Promise<void> {
    this.read();
    const started = nowMs();
    let answered = true;
    try {
      await this.ping();
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      answered = false;
    }
    const ended = nowMs();
    const reachable = answered && (this.reachability?.reachable ?? true);
    const state = reachable ? 'reachable' : 'unreachable';
    this.row = {
      ...this.row,
      state,
      latencyMs: answered ? ended - started : null,
      since: state === this.row.state ? this.row.since : new Date(ended).toISOString(),
      checkedAt: new Date(ended).toISOString(),
    };
  }

  /** The row now; a store that went away since the last probe shows at once, since it went. */
  read(): StoreRow {
    if (this.row.state === 'reachable' && this.reachability && !this.reachability.reachable) {
      this.row = {
        ...this.row,
        state: 'unreachable',
        latencyMs: null,
        since: this.reachability.downSince ?? new Date().toISOString(),
      };
    }
    return this.row;
  }
}
