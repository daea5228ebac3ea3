/** Token bucket: `ratePerS` tokens refill each second up to `burst`; each event takes one. */
export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  constructor(
    private readonly ratePerS: number,
    private readonly burst: number,
    nowMs: number,
  ) {
    this.tokens = burst;
    this.lastMs = nowMs;
  }

  take(nowMs: number): boolean {
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((nowMs - this.lastMs) / 1000) * this.ratePerS,
    );
    this.lastMs = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Fixed-window counter per key (e.g. failed logins per IP); forgets windows that ended. */
export class WindowLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until `key` may try again, or 0 when it is under the limit. */
  waitS(key: string, nowMs: number): number {
    this.sweep(nowMs);
    const w = this.windows.get(key);
    return w && w.count >= this.limit ? Math.ceil((w.startMs + this.windowMs - nowMs) / 1000) : 0;
  }

  /** Counts one attempt against `key`. */
  hit(key: string, nowMs: number) {
    this.sweep(nowMs);
    const w = this.windows.get(key) ?? { startMs: nowMs, count: 0 };
    w.count += 1;
    this.windows.set(key, w);
  }

  private sweep(nowMs: number) {
    for (const [key, w] of this.windows) {
      if (nowMs - w.startMs >= this.windowMs) this.windows.delete(key);
    }
  }
}
