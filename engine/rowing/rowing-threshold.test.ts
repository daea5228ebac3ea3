import { describe, expect, it } from 'vitest';
import { wattsFromSplit } from './concept2.ts';
import { oneHourSplitFrom2k, rowingFtpFrom2k } from './rowing-threshold.ts';

describe("rowing threshold from a 2k by Paul's Law", () => {
  it('a 7:00 2k (1:45 split) gives a one-hour split about 15 s slower, as the law says for ~8x the distance', () => {
    const split = oneHourSplitFrom2k(420);
    // The hour covers 3600/split·500 m; Paul's Law must hold at that distance.
    const distanceM = (3600 / split) * 500;
    expect(split).toBeCloseTo(105 + 5 * Math.log2(distanceM / 2000), 6);
    expect(split).toBeGreaterThan(119);
    expect(split).toBeLessThan(121);
  });
  it('turns the split into watts with the Concept2 formula', () => {
    expect(rowingFtpFrom2k(420)).toBeCloseTo(wattsFromSplit(oneHourSplitFrom2k(420)), 9);
    expect(() => rowingFtpFrom2k(0)).toThrow(RangeError);
  });
});
