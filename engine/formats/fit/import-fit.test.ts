import { Encoder, Profile } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { importFit } from './import-fit.ts';

type Writable = Parameters<Encoder['onMesg']>[1];
type Leg = {
  sport: string;
  subSport: string;
  seconds: number;
  speedMps: number;
  /** As the FIT record holds it: strides per minute when running, revolutions when riding. */
  cadence: number;
};

/** A multi-sport recording as a watch writes it: records throughout, one session per leg. */
function multisportFit(start: Date, legs: Leg[]): Uint8Array {
  const encoder = new Encoder();
  const mesg = (num: number | undefined, fields: Record<string, unknown>) =>
    encoder.onMesg(num!, fields as Writable);
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  mesg(Profile.MesgNum.FILE_ID, { type: 'activity', manufacturer: 'garmin', timeCreated: start });
  let legStartS = 0;
  let distanceM = 0;
  for (const leg of legs) {
    for (let t = legStartS; t <= legStartS + leg.seconds; t++) {
      if (t > legStartS || legStartS === 0) {
        if (t > 0) distanceM += leg.speedMps;
        mesg(Profile.MesgNum.RECORD, {
          timestamp: at(t),
          heartRate: 140,
          speed: leg.speedMps,
          distance: distanceM,
          cadence: leg.cadence,
        });
      }
    }
    mesg(Profile.MesgNum.SESSION, {
      timestamp: at(legStartS + leg.seconds),
      startTime: at(legStartS),
      sport: leg.sport,
      subSport: leg.subSport,
      totalElapsedTime: leg.seconds,
      totalTimerTime: leg.seconds,
    });
    legStartS += leg.seconds;
  }
  mesg(Profile.MesgNum.ACTIVITY, { timestamp: at(legStartS), numSessions: legs.length });
  return encoder.close();
}

describe('importFit: multi-sport files', () => {
  const start = new Date('2026-05-10T07:00:00Z');

  it('takes the sport and sub-sport of the longest leg and starts at the first leg', () => {
    const result = importFit(
      multisportFit(start, [
        { sport: 'running', subSport: 'street', seconds: 300, speedMps: 3.5, cadence: 85 },
        { sport: 'cycling', subSport: 'road', seconds: 900, speedMps: 9, cadence: 90 },
        { sport: 'running', subSport: 'trail', seconds: 300, speedMps: 3.2, cadence: 88 },
      ]),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.activity.sport).toBe('cycling');
    expect(result.activity.subSport).toBe('road');
    expect(result.activity.startTime).toBe(start.toISOString());
    const { timeS, cadence } = result.activity.streams;
    expect(timeS[timeS.length - 1]).toBe(1500);
    // Each leg's cadence in its own unit: steps per minute on foot, revolutions on the bike.
    expect(cadence[timeS.indexOf(100)]).toBe(170);
    expect(cadence[timeS.indexOf(800)]).toBe(90);
    expect(cadence[timeS.indexOf(1400)]).toBe(176);
  });

  it('keeps the earliest leg when two legs are equally long', () => {
    const result = importFit(
      multisportFit(start, [
        { sport: 'rowing', subSport: 'indoorRowing', seconds: 600, speedMps: 4, cadence: 24 },
        { sport: 'running', subSport: 'treadmill', seconds: 600, speedMps: 3, cadence: 80 },
      ]),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.activity.sport).toBe('rowing');
    expect(result.activity.subSport).toBe('indoor_rowing');
  });
});
