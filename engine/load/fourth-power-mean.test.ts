import { describe, expect, it } from 'vitest';
import { fourthPowerMean } from './fourth-power-mean.ts';

describe('30 s rolling fourth-power mean (normalized power / graded pace)', () => {
  it('equals the value itself for a steady effort', () => {
    expect(fourthPowerMean(new Float64Array(600).fill(200))).toBeCloseTo(200, 9);
  });
  it('scores alternating 5 min hard / 5 min easy above its plain average', () => {
    const values = Float64Array.from({ length: 3600 }, (_, i) =>
      Math.floor(i / 300) % 2 ? 100 : 300,
    );
    // Plain mean 200; the 4th-power mean of mostly-100/300 windows is near ((100^4 + 300^4)/2)^¼ ≈ 253.
    const normalized = fourthPowerMean(values);
    expect(normalized).toBeGreaterThan(245);
    expect(normalized).toBeLessThan(256);
  });
  it('falls back to the plain mean under 30 s and to 0 with no data', () => {
    expect(fourthPowerMean([100, 200])).toBeCloseTo(150, 9);
    expect(fourthPowerMean([])).toBe(0);
  });
});
