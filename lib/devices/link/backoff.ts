/**
 * Reconnect delays: exponential backoff with "equal jitter" (Marc Brooker, "Exponential Backoff
 * And Jitter", AWS Architecture Blog, 2015): half the capped exponential delay is fixed, the other
 * half random, so retries never hammer the device and several sensors do not retry in lockstep.
 */

export type BackoffPolicy = {
  baseMs: number;
  capMs: number;
  /** After this many failed attempts the manager stops and asks the athlete. */
  maxAttempts: number;
};

export const reconnectPolicy: BackoffPolicy = { baseMs: 500, capMs: 15_000, maxAttempts: 10 };

/**
 * Delay before attempt number `attempt` (1-based), or null once the attempts are used up.
 * `random` returns a number in [0, 1).
 */
export function backoffDelayMs(
  policy: BackoffPolicy,
  attempt: number,
  random: () => number = Math.random,
): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError('Backoff attempts are counted from 1.');
  }
  if (attempt > policy.maxAttempts) return null;
  const ceilingMs = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return ceilingMs / 2 + random() * (ceilingMs / 2);
}
