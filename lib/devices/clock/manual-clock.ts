/**
 * A clock for tests that moves only when told: `advanceS` runs every timer that falls due, in
 * order of due time (then of scheduling), with the clock set to each one's time, and lets the
 * promise work each timer starts settle before the next. A session of minutes runs in
 * milliseconds, the same way every time, and `runUntil` fails loudly when something never happens.
 */
import type { Cancel, Clock } from './clock';

type Timer = { seq: number; dueMs: number; intervalMs: number | null; task: () => void };

/** Lets pending promise callbacks (and fake-indexeddb's own callbacks) run. */
const settle = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

export type ManualClockOptions = {
  speed?: number;
  /** Wall-clock time at session time 0, ms since the Unix epoch. */
  wallStartMs?: number;
};

export class ManualClock implements Clock {
  readonly speed: number;
  private readonly wallStartMs: number;
  private nowMs = 0;
  private nextSeq = 0;
  private timers: Timer[] = [];

  constructor(options: ManualClockOptions = {}) {
    this.speed = options.speed ?? 1;
    this.wallStartMs = options.wallStartMs ?? Date.UTC(2026, 10, 21, 7);
  }

  nowS(): number {
    return this.nowMs / 1000;
  }

  wallNowMs(): number {
    return this.wallStartMs + this.nowMs / this.speed;
  }

  every(intervalMs: number, task: () => void): Cancel {
    if (!(intervalMs > 0)) throw new RangeError('A repeating timer needs a positive interval.');
    return this.schedule(intervalMs, intervalMs, task);
  }

  after(delayMs: number, task: () => void): Cancel {
    return this.schedule(Math.max(0, delayMs), null, task);
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.after(delayMs, resolve));
  }

  /** Moves session time on by `seconds`, running every timer that falls due meanwhile. */
  async advanceS(seconds: number): Promise<void> {
    const targetMs = this.nowMs + seconds * 1000;
    // Work already under way may set timers of its own before time moves.
    await settle();
    for (let timer = this.nextDue(targetMs); timer; timer = this.nextDue(targetMs)) {
      this.nowMs = timer.dueMs;
      if (timer.intervalMs === null) this.timers = this.timers.filter((t) => t !== timer);
      else timer.dueMs += timer.intervalMs;
      timer.task();
      await settle();
    }
    this.nowMs = targetMs;
    await settle();
  }

  /**
   * Advances in steps of `stepS` until `check` holds; throws naming `what` once `limitS` of
   * session time has passed without it.
   */
  async runUntil(check: () => boolean, what: string, limitS = 600, stepS = 0.1): Promise<void> {
    const giveUpMs = this.nowMs + limitS * 1000;
    while (!check()) {
      if (this.nowMs >= giveUpMs) {
        throw new Error(`Still waiting for ${what} after ${limitS} s of session time.`);
      }
      await this.advanceS(stepS);
    }
  }

  /** Timers still waiting to run (a test can check nothing was left behind). */
  pendingTimers(): number {
    return this.timers.length;
  }

  private schedule(delayMs: number, intervalMs: number | null, task: () => void): Cancel {
    const timer: Timer = { seq: this.nextSeq++, dueMs: this.nowMs + delayMs, intervalMs, task };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  private nextDue(limitMs: number): Timer | undefined {
    let next: Timer | undefined;
    for (const timer of this.timers) {
      if (timer.dueMs > limitMs) continue;
      if (
        !next ||
        timer.dueMs < next.dueMs ||
        (timer.dueMs === next.dueMs && timer.seq < next.seq)
      ) {
        next = timer;
      }
    }
    return next;
  }
}
