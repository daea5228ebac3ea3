import { describe, expect, it } from 'vitest';
import { backoffDelayMs, type BackoffPolicy } from './backoff';

const policy: BackoffPolicy = { baseMs: 500, capMs: 4000, maxAttempts: 6 };

describe('backoffDelayMs', () => {
  it('doubles the ceiling each attempt up to the cap', () => {
    const top = (attempt: number) => backoffDelayMs(policy, attempt, () => 0.999999);
    expect(top(1)).toBeCloseTo(500, 0);
    expect(top(2)).toBeCloseTo(1000, 0);
    expect(top(3)).toBeCloseTo(2000, 0);
    expect(top(4)).toBeCloseTo(4000, 0);
    expect(top(5)).toBeCloseTo(4000, 0);
  });

  it('keeps at least half the ceiling and spreads the rest at random', () => {
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(1000);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(1500);
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelayMs(policy, 3)));
    expect(delays.size).toBeGreaterThan(1);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(1000);
      expect(d).toBeLessThan(2000);
    }
  });

  it('gives up after the last attempt', () => {
    expect(backoffDelayMs(policy, 6, () => 0)).not.toBeNull();
    expect(backoffDelayMs(policy, 7, () => 0)).toBeNull();
  });

  it('rejects attempt numbers that are not counted from 1', () => {
    expect(() => backoffDelayMs(policy, 0)).toThrow(RangeError);
    expect(() => backoffDelayMs(policy, 1.5)).toThrow(RangeError);
  });
});
