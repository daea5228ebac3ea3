import { describe, expect, it } from 'vitest';
import {
  caloriesPerHour,
  splitFromWatts,
  wattsFromSplit,
  caloriesPerHourForMass,
} from './concept2.ts';

// Oracles from ../shared/design/SCIENCE.md §2.14 (T23, T24).
describe('Concept2 pace, power and calories', () => {
  it('2:00/500 m is about 202.55 W and 997 cal/h', () => {
    expect(wattsFromSplit(120)).toBeCloseTo(202.546, 2);
    expect(caloriesPerHour(wattsFromSplit(120))).toBeCloseTo(997.08, 1);
  });
  it('1:45/500 m is about 302.34 W', () => {
    expect(wattsFromSplit(105)).toBeCloseTo(302.34, 1);
  });
  it('200 W is a 2:00.51 split, and the two conversions invert each other', () => {
    expect(splitFromWatts(200)).toBeCloseTo(120.51, 1);
    expect(splitFromWatts(wattsFromSplit(97.3))).toBeCloseTo(97.3, 9);
  });
  it('scales calories to body mass around the resting baseline', () => {
    expect(caloriesPerHourForMass(200, 79.5)).toBeCloseTo(caloriesPerHour(200), 9);
    expect(caloriesPerHourForMass(0, 60)).toBeCloseTo(300, 9);
    expect(caloriesPerHourForMass(200, 60)).toBeLessThan(caloriesPerHour(200));
  });
  it('refuses a split or power that is not positive', () => {
    expect(() => wattsFromSplit(0)).toThrow(RangeError);
    expect(() => splitFromWatts(-5)).toThrow(RangeError);
  });
});
