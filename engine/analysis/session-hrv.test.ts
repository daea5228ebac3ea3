import { describe, expect, it } from 'vitest';
import { sessionHrv } from './session-hrv.ts';

// 800, 810, 790 repeated: successive differences +10, −20, +10, … → rMSSD = √((100+400+100)/3).
const rhythm = (cycles: number) => Array.from({ length: cycles }, () => [800, 810, 790]).flat();

describe('session HRV (rMSSD)', () => {
  it('is the root mean square of successive differences', () => {
    const hrv = sessionHrv([...rhythm(12), 800]);
    expect(hrv?.rmssdMs).toBeCloseTo(Math.sqrt(200), 9);
    expect(hrv?.pairs).toBe(36);
    expect(hrv?.artefacts).toBe(0);
    expect(hrv?.meanRrMs).toBeCloseTo(800, 0);
  });

  it('leaves out a missed beat and a split beat, and the differences across them', () => {
    const beats = [...rhythm(6), 1600, ...rhythm(6), 400, 400, ...rhythm(6)];
    const hrv = sessionHrv(beats);
    expect(hrv?.artefacts).toBe(3);
    // Each artefact costs the difference into it and out of it; the values stay the rhythm's.
    expect(hrv?.rmssdMs).toBeGreaterThan(13);
    expect(hrv?.rmssdMs).toBeLessThan(15.5);
  });

  it('says nothing from too few beats or from values no heart makes', () => {
    expect(sessionHrv(rhythm(5))).toBeNull();
    expect(sessionHrv(Array.from({ length: 100 }, () => 65535))).toBeNull();
  });
});
