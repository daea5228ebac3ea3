import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_M, haversineM } from './haversine.ts';

describe('haversine distance', () => {
  it('one degree along a meridian is 2πR/360 = 111.195 km', () => {
    expect(haversineM(45, 7, 46, 7)).toBeCloseTo((2 * Math.PI * EARTH_MEAN_RADIUS_M) / 360, 3);
  });
  it('Nashville (36.12, −86.67) to Los Angeles (33.94, −118.40) is about 2886 km', () => {
    // Rosetta Code's worked example gives 2887.26 km on R = 6372.8 km; scaled to the mean radius.
    expect(haversineM(36.12, -86.67, 33.94, -118.4) / 1000).toBeCloseTo(
      (2887.26 * 6371.0088) / 6372.8,
      0,
    );
  });
  it('is zero for the same point', () => {
    expect(haversineM(51.5, -0.12, 51.5, -0.12)).toBe(0);
  });
});
