import { describe, expect, it } from 'vitest';
import { paceS500m, paceSPerKm, paceSPerMile, speedFromPaceSPerKm } from './pace.ts';

describe('pace conversions', () => {
  it('3.333 m/s is 5:00 per km, 8:02.7 per mile and 2:30 per 500 m', () => {
    const speed = 1000 / 300;
    expect(paceSPerKm(speed)).toBeCloseTo(300, 9);
    expect(paceSPerMile(speed)).toBeCloseTo(482.8, 1);
    expect(paceS500m(speed)).toBeCloseTo(150, 9);
  });
  it('has no pace when not moving', () => {
    expect(paceSPerKm(0)).toBeNull();
    expect(paceS500m(Number.NaN)).toBeNull();
  });
  it('turns a pace back into a speed and refuses a zero pace', () => {
    expect(speedFromPaceSPerKm(270)).toBeCloseTo(3.7037, 4);
    expect(() => speedFromPaceSPerKm(0)).toThrow(RangeError);
  });
});
