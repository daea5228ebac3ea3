import type { Kv, KvOp } from './kv.ts';

type Pending = { ops: KvOp[]; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit: writes that arrive while a batch is being written go out together in the next
 * atomic batch, so an fsync per batch (not per update) keeps durability cheap under load.
 * Batches complete in arrival order, which keeps each document's fan-out in order.
 */
export class WriteQueue {
  private waiting: Pending[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Kv,
    private readonly sync: boolean,
    private readonly onBatch: (seconds: number, ops: number) => void = () => {},
  ) {}

  write(ops: KvOp[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ops, resolve, reject });
      if (!this.running) this.running = this.drain();
    });
  }

  /** Resolves once everything queued so far is on disk. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const group = this.waiting;
      this.waiting = [];
      const started = process.hrtime.bigint();
      const ops = group.flatMap((p) => p.ops);
      try {
        await this.db.batch(ops, { sync: this.sync });
        this.onBatch(Number(process.hrtime.bigint() - started) / 1e9, ops.length);
        for (const p of group) p.resolve();
      } catch (error) {
        for (const p of group) p.reject(error);
      }
    }
    this.running = null;
  }
}
