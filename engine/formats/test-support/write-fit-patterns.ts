import { Encoder, Profile } from '@garmin/fitsdk';

/**
 * FIT files laid out the way real devices write the awkward cases, written with Garmin's own
 * Encoder: each pattern of issue 11 in a few lines. The device's totals (session, laps) are
 * written from the same samples, as a watch totals them, so tests can take expected figures from
 * the session as Garmin's decoder reads it.
 */
type Writable = Parameters<Encoder['onMesg']>[1];

export type FitSample = {
  /** Seconds from the start; a sample may carry a different clock (see `stampS`). */
  t: number;
  /** When the device stamped it wrongly: the timestamp written instead of start + t. */
  stampS?: number;
  hr?: number;
  distanceM?: number;
  speedMps?: number;
  powerW?: number;
  cadence?: number;
  /** Developer field values by key ("0", "1", …) as `developerFields` declares them. */
  developer?: Record<string, number>;
};

export type DeveloperField = { name: string; units: string; nativeFieldNum?: number };

export type RecordsFitOptions = {
  start: Date;
  sport: string;
  subSport: string;
  samples: FitSample[];
  developerFields?: DeveloperField[];
  /** Beat-to-beat intervals (seconds) written as HRV messages after the first record. */
  rrS?: number[];
  /** Write timer start/stop events (a watch does; some apps do not). */
  timerEvents?: boolean;
};

function developerMesgs(fields: DeveloperField[] | undefined) {
  return (fields ?? []).map((field, i) => ({
    developerDataIdMesg: {
      mesgNum: Profile.MesgNum.DEVELOPER_DATA_ID,
      developerDataIndex: 0,
      applicationId: Array.from({ length: 16 }, (_, k) => k + 1),
    },
    fieldDescriptionMesg: {
      mesgNum: Profile.MesgNum.FIELD_DESCRIPTION,
      developerDataIndex: 0,
      fieldDefinitionNumber: i,
      fitBaseTypeId: 0x88, // float32
      fieldName: field.name,
      units: field.units,
      ...(field.nativeFieldNum === undefined
        ? {}
        : { nativeMesgNum: Profile.MesgNum.RECORD, nativeFieldNum: field.nativeFieldNum }),
    },
  }));
}

/** An encoder that knows the app's fields; their description messages are written by the caller. */
function encoderFor(mesgs: ReturnType<typeof developerMesgs>): Encoder {
  const descriptions = Object.fromEntries(mesgs.map((m, i) => [String(i), m]));
  return new Encoder({ fieldDescriptions: descriptions } as ConstructorParameters<
    typeof Encoder
  >[0]);
}

/** The device's view of the samples: the last distance, the time span, the mean heart rate. */
function totals(samples: FitSample[]) {
  const last = samples[samples.length - 1]!;
  const hrs = samples.flatMap((s) => (s.hr === undefined ? [] : [s.hr]));
  const distance = samples.flatMap((s) => (s.distanceM === undefined ? [] : [s.distanceM]));
  return {
    totalElapsedTime: last.t,
    totalTimerTime: last.t,
    ...(distance.length > 0 ? { totalDistance: distance[distance.length - 1] } : {}),
    ...(hrs.length > 0
      ? { avgHeartRate: Math.round(hrs.reduce((a, b) => a + b, 0) / hrs.length) }
      : {}),
  };
}

export function writeRecordsFit(options: RecordsFitOptions): Uint8Array {
  const developer = developerMesgs(options.developerFields);
  const encoder = encoderFor(developer);
  const mesg = (num: number | undefined, fields: Record<string, unknown>) =>
    encoder.onMesg(num!, fields as Writable);
  const at = (s: number) => new Date(options.start.getTime() + s * 1000);
  const last = options.samples[options.samples.length - 1]!;
  mesg(Profile.MesgNum.FILE_ID, {
    type: 'activity',
    manufacturer: 'development',
    timeCreated: options.start,
  });
  if (developer[0]) mesg(Profile.MesgNum.DEVELOPER_DATA_ID, developer[0].developerDataIdMesg);
  for (const d of developer) mesg(Profile.MesgNum.FIELD_DESCRIPTION, d.fieldDescriptionMesg);
  if (options.timerEvents !== false)
    mesg(Profile.MesgNum.EVENT, { timestamp: at(0), event: 'timer', eventType: 'start' });
  options.samples.forEach((s, i) => {
    mesg(Profile.MesgNum.RECORD, {
      timestamp: s.stampS === undefined ? at(s.t) : new Date(s.stampS * 1000),
      ...(s.hr === undefined ? {} : { heartRate: s.hr }),
      ...(s.distanceM === undefined ? {} : { distance: s.distanceM }),
      ...(s.speedMps === undefined ? {} : { speed: s.speedMps }),
      ...(s.powerW === undefined ? {} : { power: s.powerW }),
      ...(s.cadence === undefined ? {} : { cadence: s.cadence }),
      ...(s.developer ? { developerFields: s.developer } : {}),
    });
    if (i === 0 && options.rrS) mesg(Profile.MesgNum.HRV, { time: options.rrS });
  });
  if (options.timerEvents !== false)
    mesg(Profile.MesgNum.EVENT, { timestamp: at(last.t), event: 'timer', eventType: 'stopAll' });
  const sums = totals(options.samples);
  mesg(Profile.MesgNum.LAP, { timestamp: at(last.t), startTime: options.start, ...sums });
  mesg(Profile.MesgNum.SESSION, {
    timestamp: at(last.t),
    startTime: options.start,
    sport: options.sport,
    subSport: options.subSport,
    ...sums,
  });
  mesg(Profile.MesgNum.ACTIVITY, { timestamp: at(last.t), numSessions: 1 });
  return encoder.close();
}

export type PoolLength = { seconds: number; strokes: number; idle?: boolean };

/**
 * A pool swim as a Forerunner writes it: one length message per length or rest, laps and a
 * session with the pool length and the totals; heart-rate records with timestamps (FR945) or
 * without (FR910XT), or none.
 */
export function writePoolSwimFit(
  start: Date,
  poolLengthM: number,
  lengths: PoolLength[],
  records: 'timed' | 'untimed' | 'none',
): Uint8Array {
  const encoder = new Encoder();
  const mesg = (num: number | undefined, fields: Record<string, unknown>) =>
    encoder.onMesg(num!, fields as Writable);
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  mesg(Profile.MesgNum.FILE_ID, { type: 'activity', manufacturer: 'garmin', timeCreated: start });
  mesg(Profile.MesgNum.EVENT, { timestamp: at(0), event: 'timer', eventType: 'start' });
  let t = 0;
  let active = 0;
  for (const [index, length] of lengths.entries()) {
    for (let s = t + 5; s <= t + length.seconds && records !== 'none'; s += 5)
      mesg(Profile.MesgNum.RECORD, {
        ...(records === 'timed' ? { timestamp: at(s) } : {}),
        heartRate: 130 + (index % 10),
      });
    mesg(Profile.MesgNum.LENGTH, {
      messageIndex: index,
      timestamp: at(t + length.seconds),
      startTime: at(t),
      totalElapsedTime: length.seconds,
      totalTimerTime: length.seconds,
      totalStrokes: length.idle ? 0 : length.strokes,
      swimStroke: 'freestyle',
      lengthType: length.idle ? 'idle' : 'active',
      event: 'length',
      eventType: 'stop',
    });
    if (!length.idle) active++;
    t += length.seconds;
  }
  const sums = {
    startTime: start,
    totalElapsedTime: t,
    totalTimerTime: t,
    totalDistance: active * poolLengthM,
  };
  mesg(Profile.MesgNum.EVENT, { timestamp: at(t), event: 'timer', eventType: 'stopAll' });
  mesg(Profile.MesgNum.LAP, { timestamp: at(t), ...sums });
  mesg(Profile.MesgNum.SESSION, {
    timestamp: at(t),
    sport: 'swimming',
    subSport: 'lapSwimming',
    poolLength: poolLengthM,
    numActiveLengths: active,
    ...sums,
  });
  mesg(Profile.MesgNum.ACTIVITY, { timestamp: at(t), numSessions: 1 });
  return encoder.close();
}
