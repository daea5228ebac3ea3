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

/**
 * Fixed-window counter per key (sign-in attempts per IP); forgets windows that ended. An attempt
 * is reserved before the work it guards starts, so attempts in flight count too, and released
 * afterwards when it should not count (a sign-in that succeeded).
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt and answers 0, or answers the seconds to wait when `key` is at the limit. */
  reserve(key: string, nowMs: number): number {
    this.sweep(nowMs);
    const w = this.windows.get(key) ?? { startMs: nowMs, count: 0 };
    if (w.count >= this.limit)
      return Math.max(1, Math.ceil((w.startMs + this.windowMs - nowMs) / 1000));
    w.count += 1;
    this.windows.set(key, w);
    return 0;
  }

  /** Takes back an attempt reserved in the current window. */
  release(key: string) {
    const w = this.windows.get(key);
    if (w && w.count > 0) w.count -= 1;
  }

  private sweep(nowMs: number) {
    for (const [key, w] of this.windows) {
      if (nowMs - w.startMs >= this.windowMs) this.windows.delete(key);
    }
  }
}
