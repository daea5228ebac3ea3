/** A queue was full: `scope` says whether this key's share or the whole queue. */
export class QueueFull extends Error {
  constructor(readonly scope: 'key' | 'total') {
    super(`queue full (${scope})`);
    this.name = 'QueueFull';
  }
}

type Job = { start: () => void };

/**
 * Runs at most `concurrency` tasks at once, one per key at a time, taking keys in turn: a key
 * that queues a hundred tasks waits behind itself, while another key's single task runs next.
 * At most `perKey` tasks per key and `total` in all wait or run; beyond that, QueueFull.
 */
export class FairQueue {
  private readonly waiting = new Map<string, Job[]>();
  /** When each key with tasks last had a turn; forgotten once it has none. */
  private readonly turns = new Map<string, number>();
  private turn = 0;
  private readonly counts = new Map<string, number>();
  private readonly runningKeys = new Set<string>();
  private running = 0;
  private queued = 0;

  constructor(
    private readonly concurrency: number,
    private readonly perKey: number,
    private readonly total: number,
  ) {}

  /** Tasks waiting or running, in all. */
  get size(): number {
    return this.queued + this.running;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.perKey) return Promise.reject(new QueueFull('key'));
    if (this.size >= this.total) return Promise.reject(new QueueFull('total'));
    this.counts.set(key, count + 1);
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running += 1;
        this.runningKeys.add(key);
        // The next task starts before this one's caller hears the outcome.
        task().then(
          (value) => {
            this.finished(key);
            resolve(value);
          },
          (error: unknown) => {
            this.finished(key);
            reject(error as Error);
          },
        );
      };
      const jobs = this.waiting.get(key) ?? [];
      jobs.push({ start });
      this.waiting.set(key, jobs);
      this.queued += 1;
      this.pump();
    });
  }

  private finished(key: string) {
    this.running -= 1;
    this.runningKeys.delete(key);
    const left = (this.counts.get(key) ?? 1) - 1;
    if (left === 0) {
      this.counts.delete(key);
      this.turns.delete(key);
    } else this.counts.set(key, left);
    this.pump();
  }

  private pump() {
    while (this.running < this.concurrency) {
      const key = this.nextKey();
      const jobs = key === null ? undefined : this.waiting.get(key);
      const job = jobs?.shift();
      if (key === null || !jobs || !job) return;
      if (jobs.length === 0) this.waiting.delete(key);
      this.turns.set(key, this.turn++);
      this.queued -= 1;
      job.start();
    }
  }

  /** The waiting key (with nothing running) whose last turn was longest ago. */
  private nextKey(): string | null {
    let best: string | null = null;
    let bestTurn = Infinity;
    for (const key of this.waiting.keys()) {
      if (this.runningKeys.has(key)) continue;
      const turn = this.turns.get(key) ?? -1;
      if (turn < bestTurn) [best, bestTurn] = [key, turn];
    }
    return best;
  }
}
