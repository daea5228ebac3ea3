import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowLimiter } from './rate-limit.ts';

describe('token bucket', () => {
  it('allows a burst, refuses beyond it, and refills at the rate', () => {
    const bucket = new TokenBucket(10, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.take(50)).toBe(false); // half a token after 50 ms at 10/s
    expect(bucket.take(100)).toBe(true);
  });
});

describe('window limiter', () => {
  it('counts reservations per key, refuses at the limit, and resets when the window ends', () => {
    const limiter = new WindowLimiter(2, 60_000);
    expect([limiter.reserve('a', 0), limiter.reserve('a', 1_000)]).toEqual([0, 0]);
    expect(limiter.reserve('a', 2_000)).toBe(58);
    expect(limiter.reserve('b', 2_000)).toBe(0);
    expect(limiter.reserve('a', 60_000)).toBe(0);
  });

  it('gives a released attempt back', () => {
    const limiter = new WindowLimiter(1, 60_000);
    expect(limiter.reserve('a', 0)).toBe(0);
    limiter.release('a');
    expect(limiter.reserve('a', 10)).toBe(0);
    expect(limiter.reserve('a', 20)).toBeGreaterThan(0);
  });
});
