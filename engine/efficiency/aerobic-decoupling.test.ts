import { describe, expect, it } from 'vitest';
import { aerobicDecoupling, decouplingPct } from './aerobic-decoupling.ts';

describe('aerobic decoupling', () => {
  it('T17: 3.00 m/s at 140 bpm, then 2.95 m/s at 146 bpm, is +5.71 % (Friel sign)', () => {
    expect(decouplingPct(3 / 140, 2.95 / 146)).toBeCloseTo(5.708, 2);
  });
  it('finds the same from samples split at the midpoint of recorded time', () => {
    const n = 1200;
    const speed = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? 3 : 2.95));
    const hr = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? 140 : 146));
    const seconds = new Float64Array(n).fill(1);
    expect(aerobicDecoupling(speed, hr, seconds)).toBeCloseTo(5.708, 2);
  });
  it('is negative when the second half is more efficient, and null without heart rate', () => {
    const speed = new Float64Array([3, 3, 3, 3]);
    const seconds = new Float64Array([1, 1, 1, 1]);
    expect(aerobicDecoupling(speed, new Float64Array([150, 150, 140, 140]), seconds)).toBeLessThan(
      0,
    );
    expect(aerobicDecoupling(speed, new Float64Array(4).fill(Number.NaN), seconds)).toBeNull();
  });
});
