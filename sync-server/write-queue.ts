type Pending<T> = { items: T[]; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit: writes that arrive while a batch is being written go out together in the next
 * atomic batch, so one fsync (LevelDB) or one commit (PostgreSQL) per batch, not per update,
 * keeps durability cheap under load. Batches complete in arrival order, which keeps each
 * document's fan-out in order.
 */
export class WriteQueue<T> {
  private waiting: Array<Pending<T>> = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly writeBatch: (items: T[]) => Promise<void>,
    private readonly onBatch: (seconds: number, items: number) => void = () => {},
  ) {}

  write(items: T[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ items, resolve, reject });
      if (!this.running) this.running = this.drain();
    });
  }

  /** Resolves once everything queued so far is written. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const group = this.waiting;
      this.waiting = [];
      const started = process.hrtime.bigint();
      const items = group.flatMap((p) => p.items);
      try {
        await this.writeBatch(items);
        this.onBatch(Number(process.hrtime.bigint() - started) / 1e9, items.length);
        for (const p of group) p.resolve();
      } catch (error) {
        for (const p of group) p.reject(error);
      }
    }
    this.running = null;
  }
}
