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
  it('counts per key, blocks at the limit, and resets when the window ends', () => {
    const limiter = new WindowLimiter(2, 60_000);
    limiter.hit('a', 0);
    expect(limiter.waitS('a', 1_000)).toBe(0);
    limiter.hit('a', 1_000);
    expect(limiter.waitS('a', 2_000)).toBe(58);
    expect(limiter.waitS('b', 2_000)).toBe(0);
    expect(limiter.waitS('a', 60_000)).toBe(0);
  });
});
