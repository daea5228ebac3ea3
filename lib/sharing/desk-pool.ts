/**
 * Which coached athletes' documents the desk holds open now. The relay caps the connections of
 * one account (MAX_CONNECTIONS_PER_ACCOUNT, 64 by default) and each athlete takes up to four (profile,
 * plan, activities, journal), so a coach with many athletes cannot hold them all: the desk visits
 * a few at a time (open, sync, work out the figures, close) and comes back to each later.
 */
export type PoolOptions = {
  /** Athletes whose documents may be open at once. */
  maxOpen: number;
  /** A visited athlete is due again after this long. */
  revisitMs: number;
};

/** Four athletes of up to four documents leave the coach's own documents most of the cap. */
export const DESK_POOL: PoolOptions = { maxOpen: 4, revisitMs: 60_000 };

export class DeskPool {
  private athletes: string[] = [];
  private readonly open = new Set<string>();
  private readonly visitedAtMs = new Map<string, number>();

  constructor(private readonly options: PoolOptions) {}

  /** The athletes on the desk now, in the order to visit first; forgets those no longer there. */
  setAthletes(ids: readonly string[], nowMs: number): void {
    this.athletes = [...new Set(ids)];
    const present = new Set(this.athletes);
    for (const id of [...this.open]) if (!present.has(id)) this.open.delete(id);
    for (const id of [...this.visitedAtMs.keys()])
      if (!present.has(id)) this.visitedAtMs.delete(id);
    this.fill(nowMs);
  }

  /** A visit ended (synced, or given up for now): its place goes to the next athlete due. */
  finished(id: string, nowMs: number): void {
    if (!this.open.delete(id)) return;
    this.visitedAtMs.set(id, nowMs);
    this.fill(nowMs);
  }

  /** Every athlete is due again (the coach came back to the desk). */
  allDue(nowMs: number): void {
    this.visitedAtMs.clear();
    this.fill(nowMs);
  }

  /** Fills free places with the athletes due: never visited first, then the longest ago. */
  fill(nowMs: number): void {
    const due = this.athletes
      .filter((id) => !this.open.has(id) && this.dueInMs(id, nowMs) === 0)
      .sort((a, b) => (this.visitedAtMs.get(a) ?? -1) - (this.visitedAtMs.get(b) ?? -1));
    for (const id of due) {
      if (this.open.size >= this.options.maxOpen) break;
      this.open.add(id);
    }
  }

  /** The athletes to hold open now, in desk order. */
  openNow(): string[] {
    return this.athletes.filter((id) => this.open.has(id));
  }

  /** How long until the next athlete falls due (null: nobody waits for a visit). */
  nextDueInMs(nowMs: number): number | null {
    const waits = this.athletes
      .filter((id) => !this.open.has(id))
      .map((id) => this.dueInMs(id, nowMs));
    return waits.length === 0 ? null : Math.min(...waits);
  }

  private dueInMs(id: string, nowMs: number): number {
    const visited = this.visitedAtMs.get(id);
    if (visited === undefined) return 0;
    return Math.max(0, visited + this.options.revisitMs - nowMs);
  }
}
