import { Decoder, Encoder, Profile, Stream } from '@garmin/fitsdk';
import type { SessionMesg } from '@garmin/fitsdk';

type Writable = Parameters<Encoder['onMesg']>[1];

export type FitLeg = {
  sport: string;
  subSport: string;
  seconds: number;
  speedMps: number;
  /** As the FIT record holds it: strides per minute when running, revolutions when riding. */
  cadence: number;
  /** Seconds between records (1 = every second; a sparse recorder writes less often). */
  recordEveryS?: number;
  /** Beat-to-beat intervals (s) written as an HRV message after the leg's first record. */
  rrS?: number[];
};

export type MultisportOptions = {
  /** The distance counter starts again at 0 for every leg (fenix 2 multisport files do). */
  restartDistance?: boolean;
};

/**
 * A multisport recording as a watch writes it, with Garmin's own Encoder: records throughout,
 * a lap and a session per leg holding the device's totals for that leg.
 */
export function writeMultisportFit(
  start: Date,
  legs: FitLeg[],
  options: MultisportOptions = {},
): Uint8Array {
  const encoder = new Encoder();
  const mesg = (num: number | undefined, fields: Record<string, unknown>) =>
    encoder.onMesg(num!, fields as Writable);
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  mesg(Profile.MesgNum.FILE_ID, { type: 'activity', manufacturer: 'garmin', timeCreated: start });
  mesg(Profile.MesgNum.EVENT, { timestamp: at(0), event: 'timer', eventType: 'start' });
  let legStartS = 0;
  let counterM = 0;
  for (const leg of legs) {
    if (options.restartDistance) counterM = 0;
    const every = leg.recordEveryS ?? 1;
    const legStartM = counterM;
    for (let t = legStartS; t <= legStartS + leg.seconds; t += every) {
      if (t === legStartS && legStartS > 0) continue;
      if (t > legStartS) counterM += leg.speedMps * every;
      mesg(Profile.MesgNum.RECORD, {
        timestamp: at(t),
        heartRate: 140,
        speed: leg.speedMps,
        distance: counterM,
        cadence: leg.cadence,
      });
      if (leg.rrS && t === legStartS + every) mesg(Profile.MesgNum.HRV, { time: leg.rrS });
    }
    const totals = {
      startTime: at(legStartS),
      totalElapsedTime: leg.seconds,
      totalTimerTime: leg.seconds,
      totalDistance: counterM - legStartM,
      avgHeartRate: 140,
    };
    const end = at(legStartS + leg.seconds);
    mesg(Profile.MesgNum.LAP, { timestamp: end, ...totals });
    mesg(Profile.MesgNum.SESSION, {
      timestamp: end,
      sport: leg.sport,
      subSport: leg.subSport,
      ...totals,
    });
    legStartS += leg.seconds;
  }
  mesg(Profile.MesgNum.EVENT, { timestamp: at(legStartS), event: 'timer', eventType: 'stopAll' });
  mesg(Profile.MesgNum.ACTIVITY, { timestamp: at(legStartS), numSessions: legs.length });
  return encoder.close();
}

/** The sessions as Garmin's decoder reads them: the device's own totals, the expected figures. */
export function deviceSessions(bytes: Uint8Array): SessionMesg[] {
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  if (errors.length > 0) throw errors[0];
  return messages.sessionMesgs ?? [];
}
