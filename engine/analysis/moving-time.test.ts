import { describe, expect, it } from 'vitest';
import { movingIntervalsS } from './moving-time.ts';

describe('moving time', () => {
  it('leaves out standing still and keeps samples without speed', () => {
    const intervals = Float64Array.from([0, 1, 1, 1, 1]);
    const speed = [3, 3, 0.2, Number.NaN, 0.5];
    expect(Array.from(movingIntervalsS(intervals, speed))).toEqual([0, 1, 0, 1, 1]);
  });
});
