/**
 * The clock every reading, row and timer of a session runs on. Real devices run at speed 1; demo
 * devices may run faster so a ten-minute session takes seconds in tests, and then every timer
 * (device notifications, 1 Hz rows) is scaled by the same factor.
 */
export class SessionClock {
  private readonly originMs: number;

  constructor(
    readonly speed = 1,
    private readonly realNowMs: () => number = () => performance.now(),
  ) {
    if (!(speed > 0)) throw new RangeError('The clock speed must be positive.');
    this.originMs = realNowMs();
  }

  /** Seconds since the clock started, at the clock's speed. */
  nowS(): number {
    return ((this.realNowMs() - this.originMs) * this.speed) / 1000;
  }

  /** Real milliseconds that `sessionMs` of clock time take. */
  realMs(sessionMs: number): number {
    return sessionMs / this.speed;
  }
}
