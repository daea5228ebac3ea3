import { describe, expect, it } from 'vitest';
import { movingIntervalsS } from './moving-time.ts';

describe('moving time', () => {
  it('leaves out standing still and keeps samples without speed', () => {
    const intervals = Float64Array.from([0, 1, 1, 1, 1]);
    const speed = [3, 3, 0.2, Number.NaN, 0.5];
    expect(Array.from(movingIntervalsS(intervals, speed))).toEqual([0, 1, 0, 1, 1]);
  });
  it('judges a long interval by the distance covered across it, not its last speed', () => {
    const time = Float64Array.from([0, 30, 60]);
    const intervals = Float64Array.from([0, 30, 30]);
    const distance = Float64Array.from([0, 90, 92]);
    const speed = [NaN, 0.1, 3];
    expect(Array.from(movingIntervalsS(intervals, speed, time, distance))).toEqual([0, 30, 0]);
  });
});
