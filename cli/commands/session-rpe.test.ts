import { Encoder, Profile } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeFit } from '../../engine/formats/test-support/write-fit.ts';
import { writeGpx } from '../../engine/formats/test-support/write-gpx.ts';
import { fitSessionRpe } from './session-rpe.ts';

type Writable = Parameters<Encoder['onMesg']>[1];

/** A short FIT activity whose session carries `workoutRpe`, written by Garmin's Encoder. */
function fitWithRpe(workoutRpe: number | null): Uint8Array {
  const encoder = new Encoder();
  const start = new Date('2027-01-05T07:00:00Z');
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  const mesg = (num: number | undefined, fields: Record<string, unknown>) =>
    encoder.onMesg(num!, fields as Writable);
  mesg(Profile.MesgNum.FILE_ID, {
    type: 'activity',
    manufacturer: 'garmin',
    product: 1,
    timeCreated: start,
  });
  for (let s = 0; s <= 60; s += 10)
    mesg(Profile.MesgNum.RECORD, { timestamp: at(s), heartRate: 140, speed: 3, distance: s * 3 });
  mesg(Profile.MesgNum.SESSION, {
    timestamp: at(60),
    startTime: start,
    sport: 'running',
    totalElapsedTime: 60,
    totalTimerTime: 60,
    ...(workoutRpe === null ? {} : { workoutRpe }),
  });
  mesg(Profile.MesgNum.ACTIVITY, { timestamp: at(60), numSessions: 1 });
  return encoder.close();
}

describe('a FIT session’s own RPE', () => {
  it('reads workout_rpe, stored ×10, back on the 0–10 scale', () => {
    expect(fitSessionRpe(fitWithRpe(70))).toBe(7);
    expect(fitSessionRpe(fitWithRpe(35))).toBe(3.5);
  });

  it('is null when the session has no rating, or the file is not FIT', () => {
    expect(fitSessionRpe(fitWithRpe(null))).toBeNull();
    expect(fitSessionRpe(writeFit(syntheticActivity({ durationS: 120 })))).toBeNull();
    expect(
      fitSessionRpe(new TextEncoder().encode(writeGpx(syntheticActivity({ durationS: 60 })))),
    ).toBeNull();
  });
});
