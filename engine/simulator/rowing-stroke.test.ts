import { describe, expect, it } from 'vitest';
import { forceCurveLbs, strokeShape } from './rowing-stroke.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';

describe('simulated rowing stroke', () => {
  it('moves at the pace Concept2’s formula gives for its power: 200 W ≈ 2:00.5 /500 m', () => {
    const s = strokeShape(200, 24);
    expect(s.paceS500m).toBeCloseTo(120.5, 1);
    expect(wattsFromSplit(s.paceS500m)).toBeCloseTo(200, 6);
    expect(s.speedMps * s.paceS500m).toBeCloseTo(500, 6);
  });

  it('splits the 2.5 s cycle at 24 spm into a shorter drive and a longer recovery', () => {
    const s = strokeShape(200, 24);
    expect(s.driveTimeS + s.recoveryTimeS).toBeCloseTo(2.5, 9);
    expect(s.driveTimeS).toBeGreaterThan(0.6);
    expect(s.driveTimeS).toBeLessThan(0.95);
    expect(s.recoveryTimeS / s.driveTimeS).toBeGreaterThan(1.5);
  });

  it('does the stroke’s work over the drive: average force × drive length = power × period', () => {
    const s = strokeShape(250, 28);
    expect(s.workPerStrokeJ).toBeCloseTo((250 * 60) / 28, 6);
    expect(s.averageDriveForceLbs * 4.4482216 * s.driveLengthM).toBeCloseTo(s.workPerStrokeJ, 6);
  });

  it('draws a force curve whose mean is the average force and whose peak is the peak force', () => {
    const s = strokeShape(200, 24);
    const curve = forceCurveLbs(s);
    const mean = curve.reduce((a, b) => a + b, 0) / curve.length;
    expect(Math.abs(mean - s.averageDriveForceLbs)).toBeLessThan(1);
    expect(Math.abs(Math.max(...curve) - s.peakDriveForceLbs)).toBeLessThan(1);
    expect(curve.indexOf(Math.max(...curve))).toBeLessThan(curve.length / 2);
  });
});
