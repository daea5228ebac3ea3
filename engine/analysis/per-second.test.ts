import { describe, expect, it } from 'vitest';
import { perSecond } from './per-second.ts';

describe('per-second series over recorded time', () => {
  it('repeats each value for its seconds and carries fractions', () => {
    const series = perSecond([5, 7, Number.NaN, 9], [0, 2, 1.5, 1.5]);
    expect(Array.from(series)).toEqual([7, 7, 0, 9, 9]);
  });
  it('leaves out paused intervals', () => {
    expect(Array.from(perSecond([1, 2, 3], [0, 0, 2]))).toEqual([3, 3]);
  });
});
