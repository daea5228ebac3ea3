/**
 * The clock of a session in the browser: session time from `performance.now()` (monotonic, so a
 * system clock change cannot move it), timers from `setTimeout`/`setInterval`, both scaled by the
 * speed factor. Real devices run at speed 1; demo devices may run faster so a ten-minute session
 * takes seconds, and then every timer (notifications, 1 Hz rows, backoff) runs faster with them.
 */
import type { Cancel, Clock } from './clock';

/** Browsers clamp shorter timeouts anyway; a scaled 0 ms interval would spin. */
const MIN_REAL_MS = 1;

export class RealClock implements Clock {
  private readonly originMs: number;

  constructor(
    readonly speed = 1,
    private readonly realNowMs: () => number = () => performance.now(),
  ) {
    if (!(speed > 0)) throw new RangeError('The clock speed must be positive.');
    this.originMs = realNowMs();
  }

  nowS(): number {
    return ((this.realNowMs() - this.originMs) * this.speed) / 1000;
  }

  wallNowMs(): number {
    return Date.now();
  }

  every(intervalMs: number, task: () => void): Cancel {
    const timer = setInterval(task, this.realMs(intervalMs));
    return () => clearInterval(timer);
  }

  after(delayMs: number, task: () => void): Cancel {
    const timer = setTimeout(task, this.realMs(delayMs));
    return () => clearTimeout(timer);
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.after(delayMs, resolve));
  }

  private realMs(sessionMs: number): number {
    return Math.max(MIN_REAL_MS, sessionMs / this.speed);
  }
}
