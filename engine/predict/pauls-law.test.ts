import { describe, expect, it } from 'vitest';
import { paulsDistanceForTime, paulsSplit, paulsTime } from './pauls-law.ts';

describe("Paul's law", () => {
  it('adds 5 s per 500 m for each doubling of distance', () => {
    expect(paulsSplit(2000, 105, 4000)).toBeCloseTo(110, 6);
    expect(paulsSplit(2000, 105, 1000)).toBeCloseTo(100, 6);
    expect(paulsSplit(2000, 105, 6000)).toBeCloseTo(112.92, 2);
  });

  it('turns a split into a time over the distance', () => {
    expect(paulsTime(2000, 105, 2000)).toBeCloseTo(420, 6);
  });

  it('finds the distance for a 30-minute piece consistent with the predicted time', () => {
    const distanceM = paulsDistanceForTime(2000, 116.25, 1800);
    expect(paulsTime(2000, 116.25, distanceM)).toBeCloseTo(1800, 3);
    expect(distanceM).toBeGreaterThan(7000);
    expect(distanceM).toBeLessThan(7600);
  });
});
