import { describe, expect, it } from 'vitest';
import { hasAny, lastPresent, maxOf, total, weightedMean } from './stream-stats.ts';

describe('stream reductions', () => {
  it('weights the mean by recorded seconds and skips missing (or, if asked, zero) values', () => {
    expect(weightedMean([100, 200, Number.NaN], [1, 3, 5])).toBeCloseTo(175, 9);
    expect(weightedMean([0, 200], [1, 1])).toBe(100);
    expect(weightedMean([0, 200], [1, 1], true)).toBe(200);
    expect(weightedMean([Number.NaN], [1])).toBeNull();
  });
  it('max, presence, total and the last present value', () => {
    expect(maxOf([1, Number.NaN, 7, 3])).toBe(7);
    expect(maxOf([Number.NaN])).toBeNull();
    expect(hasAny([Number.NaN, 0])).toBe(true);
    expect(total([1, 2, 3.5])).toBe(6.5);
    expect(lastPresent([1, 5, Number.NaN])).toBe(5);
    expect(lastPresent([])).toBeNull();
  });
});
