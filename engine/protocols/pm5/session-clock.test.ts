import { describe, expect, it } from 'vitest';
import {
  advanceSessionClock,
  NEW_SESSION_CLOCK,
  type Pm5Reading,
  type SessionPoint,
} from './session-clock.ts';
import { decodeGeneralStatus, encodeGeneralStatus, type GeneralStatus } from './general-status.ts';
import { decodeStrokeData } from './stroke-data.ts';
import { decodeAdditionalStatus } from './additional-status.ts';
import { decodeSplitInterval } from './split-interval.ts';
import { viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';

function run(readings: Pm5Reading[]): SessionPoint[] {
  let clock = NEW_SESSION_CLOCK;
  return readings.map((r) => {
    const next = advanceSessionClock(clock, r);
    clock = next.clock;
    return next.point;
  });
}

function expectMonotonic(points: SessionPoint[]): void {
  for (let i = 1; i < points.length; i++) {
    expect(points[i]!.sessionElapsedS).toBeGreaterThanOrEqual(points[i - 1]!.sessionElapsedS);
    expect(points[i]!.sessionDistanceM).toBeGreaterThanOrEqual(points[i - 1]!.sessionDistanceM);
  }
}

const STATUS: GeneralStatus = decodeGeneralStatus(publicVector('pm5_0031_recovery_stroke4').view);

/** A 0x0031 frame as a PM5 would send it, through the real encoder and decoder. */
const status = (elapsedS: number, distanceM: number, totalWorkDistanceM = 0): Pm5Reading =>
  decodeGeneralStatus(
    viewOf(encodeGeneralStatus({ ...STATUS, elapsedS, distanceM, totalWorkDistanceM })),
  );

describe('PM5 session clock', () => {
  it('follows the real 100 m piece through records of four characteristics, out of order by 0.02 s', () => {
    const readings: Pm5Reading[] = [
      decodeGeneralStatus(publicVector('pm5_0031_idle_after_setprogram').view),
      decodeStrokeData(publicVector('pm5_0035_first_stroke').view),
      decodeGeneralStatus(publicVector('pm5_0031_recovery_stroke4').view),
      decodeGeneralStatus(publicVector('pm5_0031_workout_end').view),
      decodeStrokeData(publicVector('pm5_0035_stroke10').view),
      decodeAdditionalStatus(publicVector('pm5_0032_final_2016fw').view),
      decodeSplitInterval(publicVector('pm5_0037_split1').view),
    ];
    const points = run(readings);
    expectMonotonic(points);
    expect(points.at(-1)).toEqual({ sessionElapsedS: 25, sessionDistanceM: 100, intervalIndex: 0 });
    expect(points[4]!.sessionElapsedS).toBe(25);
  });

  it('joins 3 × 500 m with rests into one clock, despite a late stroke record after each rollover', () => {
    const readings: Pm5Reading[] = [];
    for (let interval = 0; interval < 3; interval++) {
      for (let t = 0; t <= 125; t += 0.5) readings.push(status(t, t * 4, interval * 500));
      for (let rest = 0; rest < 60; rest += 0.5) readings.push(status(125, 500, interval * 500));
      if (interval > 0) {
        // First record of this interval, then a 0x0035 from the end of the previous one.
        readings.splice(readings.length - 370, 0, { elapsedS: 124.9, distanceM: 499.6 });
      }
    }
    const points = run(readings);
    expectMonotonic(points);
    expect(points.at(-1)).toEqual({
      sessionElapsedS: 375,
      sessionDistanceM: 1500,
      intervalIndex: 2,
    });
  });

  it('catches the distance up from total work distance after a gap that hid the end of an interval', () => {
    const readings = [status(0, 0), status(60, 240), status(61, 244)];
    // The link drops here: the rest of interval 1 (to 500 m) and its split record are lost.
    readings.push(status(10, 40, 500), status(20, 80, 500));
    const points = run(readings);
    expect(points.at(-1)!.sessionDistanceM).toBe(580);
    expect(points.at(-1)!.intervalIndex).toBe(1);
  });

  it('holds, never decreases, through small steps back', () => {
    const points = run([status(10, 40), { elapsedS: 9.5 }, status(9.8, 39), status(11, 44)]);
    expect(points.map((p) => p.sessionElapsedS)).toEqual([10, 10, 10, 11]);
    expect(points.map((p) => p.sessionDistanceM)).toEqual([40, 40, 40, 44]);
  });
});
