import { describe, expect, it } from 'vitest';
import { TRIMP_MALE } from './banister-trimp.ts';
import { heartRateStressScore } from './heart-rate-stress-score.ts';

// SCIENCE.md §5 oracles T5–T7 (T5/T6 are Elevate's own unit tests).
describe('heart-rate stress score (HRSS)', () => {
  const range = { restHr: 60, maxHr: 190 };
  it('T5: TRIMP 333 with LTHR 163 is 239.09', () => {
    expect(heartRateStressScore(333, 163, range, TRIMP_MALE)).toBeCloseTo(239.09, 1);
  });
  it('T6: the same TRIMP with LTHR 170.5 is 199.49', () => {
    expect(heartRateStressScore(333, 170.5, range, TRIMP_MALE)).toBeCloseTo(199.49, 1);
  });
  it('T7: one hour at 150 bpm (TRIMP 108.095, rest 50, max 190, LTHR 170) is 63.34', () => {
    expect(heartRateStressScore(108.095, 170, { restHr: 50, maxHr: 190 }, TRIMP_MALE)).toBeCloseTo(
      63.34,
      1,
    );
  });
  it('one hour exactly at LTHR scores 100', () => {
    const hrr = (163 - 60) / 130;
    const trimp = 60 * hrr * 0.64 * Math.exp(1.92 * hrr);
    expect(heartRateStressScore(trimp, 163, range, TRIMP_MALE)).toBeCloseTo(100, 6);
  });
});
