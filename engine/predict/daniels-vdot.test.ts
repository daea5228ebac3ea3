import { describe, expect, it } from 'vitest';
import { raceTimeForVdot, vdotFromRace, velocityAtFraction } from './daniels-vdot.ts';

describe('Daniels–Gilbert VDOT (SCIENCE.md T20, T21)', () => {
  it('5 km in 20:00 gives VDOT 49.81', () => {
    expect(vdotFromRace(5000, 1200)).toBeCloseTo(49.81, 1);
  });

  it('the same VDOT predicts 10 km in 41:27.9 and the marathon in 3:11:17', () => {
    const vdot = vdotFromRace(5000, 1200);
    expect(Math.abs(raceTimeForVdot(vdot, 10000) - (41 * 60 + 27.9))).toBeLessThan(1);
    expect(Math.abs(raceTimeForVdot(vdot, 42195) - (3 * 3600 + 11 * 60 + 17.2))).toBeLessThan(2);
  });

  it('matches a published Daniels calculator within a few seconds (15 k 1:07:48 → 5 k 21:15)', () => {
    const vdot = vdotFromRace(15000, 67 * 60 + 48);
    expect(vdot).toBeCloseTo(46.4, 1);
    expect(Math.abs(raceTimeForVdot(vdot, 5000) - (21 * 60 + 15.1))).toBeLessThan(3);
  });

  it('vVO2max for VDOT 49.81 is 260 m/min (3:50.8 /km)', () => {
    expect(velocityAtFraction(49.81, 1)).toBeCloseTo(260.0, 0);
  });

  it('rejects a non-positive time', () => {
    expect(() => vdotFromRace(5000, 0)).toThrow(RangeError);
  });
});
