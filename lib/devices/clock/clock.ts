/**
 * The one source of time and timers for a record session: the recorder's 1 Hz rows, the device
 * manager's reconnect backoff, the demo devices' notifications and the GATT queue's retries all
 * read and wait on it. In the app it is a `RealClock` (whose speed factor lets demo devices run
 * faster than life); in tests a `ManualClock` that moves only when the test says so, so a
 * ten-minute session runs in milliseconds and in the same order every time.
 */

/** Stops a timer; calling it again does nothing. */
export type Cancel = () => void;

export interface Clock {
  /** Session seconds per real second: 1 for real devices, more for a quick demo. */
  readonly speed: number;
  /** Session seconds since the clock started. */
  nowS(): number;
  /** Milliseconds since the Unix epoch, for what outlives the page (journal stamps, start time). */
  wallNowMs(): number;
  /** Runs `task` every `intervalMs` of session time until cancelled. */
  every(intervalMs: number, task: () => void): Cancel;
  /** Runs `task` once, `delayMs` of session time from now. */
  after(delayMs: number, task: () => void): Cancel;
  /** Resolves `delayMs` of session time from now. */
  sleep(delayMs: number): Promise<void>;
}
