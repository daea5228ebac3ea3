import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../../activity/athlete.ts';
import { analyzeActivity } from '../../analysis/analyze-activity.ts';
import { importAll } from '../test-support/import-one.ts';
import {
  deviceSessions,
  writeMultisportFit,
  type FitLeg,
} from '../test-support/write-multisport-fit.ts';

const start = new Date('2026-05-10T07:00:00Z');
const triathlon: FitLeg[] = [
  { sport: 'swimming', subSport: 'openWater', seconds: 900, speedMps: 1.2, cadence: 30 },
  { sport: 'transition', subSport: 'generic', seconds: 120, speedMps: 1.5, cadence: 0 },
  { sport: 'cycling', subSport: 'road', seconds: 1800, speedMps: 9, cadence: 90 },
  { sport: 'transition', subSport: 'generic', seconds: 60, speedMps: 1.5, cadence: 0 },
  { sport: 'running', subSport: 'street', seconds: 1200, speedMps: 3.5, cadence: 85 },
];

describe('a multisport FIT file becomes one activity per leg, grouped', () => {
  for (const restartDistance of [false, true]) {
    const bytes = writeMultisportFit(start, triathlon, { restartDistance });
    const sessions = deviceSessions(bytes);
    const legs = importAll(bytes, 'tri.fit');
    const athlete = resolveAthlete();

    it(`has the legs' sports, starts and the device's distance per leg (counter ${restartDistance ? 'restarting' : 'running on'})`, () => {
      expect(legs.map((leg) => leg.sport)).toEqual([
        'swimming',
        'transition',
        'cycling',
        'transition',
        'running',
      ]);
      legs.forEach((leg, i) => {
        const session = sessions[i]!;
        const summary = analyzeActivity(leg, athlete);
        expect(leg.startTime).toBe((session.startTime as Date).toISOString());
        expect(summary.elapsedS).toBe(session.totalElapsedTime);
        expect(summary.distanceM).toBeCloseTo(session.totalDistance!, 0);
        expect(leg.deviceTotals?.distanceM).toBeCloseTo(session.totalDistance!, 3);
        expect(leg.multisport).toEqual({
          groupId: `multisport-${start.toISOString()}`,
          index: i,
          count: 5,
        });
      });
    });
    it('keeps each leg’s cadence in its own unit (steps per minute on foot, rpm on the bike)', () => {
      expect(legs[2]!.streams.cadence[100]).toBe(90);
      expect(legs[4]!.streams.cadence[100]).toBe(170);
    });
  }
});

describe('HRV in a multisport file', () => {
  it('gives each leg the beat-to-beat intervals recorded during it', () => {
    const bytes = writeMultisportFit(start, [
      { ...triathlon[2]!, seconds: 300, rrS: [0.5, 0.52] },
      { ...triathlon[4]!, seconds: 300, rrS: [0.4, 0.41] },
    ]);
    const [bike, run] = importAll(bytes);
    expect(Array.from(bike!.rrIntervalsMs ?? [])).toEqual([500, 520]);
    expect(Array.from(run!.rrIntervalsMs ?? [])).toEqual([400, 410]);
  });
});
