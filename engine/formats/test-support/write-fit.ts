import { Encoder, Profile } from '@garmin/fitsdk';
import type { SyntheticActivity } from './synthetic-activity.ts';

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

/** Laps end on the lap-length boundaries: a lap of 300 s holds the samples in (0, 300]. */
const lapOf = (timeS: number, lapEveryS: number) => Math.floor(Math.max(0, timeS - 1) / lapEveryS);

type Writable = Parameters<Encoder['onMesg']>[1];

/** The activity as a FIT file, written by Garmin's own Encoder, as a watch would lay it out. */
export function writeFit(activity: SyntheticActivity, fileType = 'activity'): Uint8Array {
  const encoder = new Encoder();
  const at = (s: number) => new Date(activity.start.getTime() + s * 1000);
  const mesg = (num: number | undefined, fields: Record<string, unknown>) =>
    encoder.onMesg(num!, fields as Writable);
  const isRun = activity.sport === 'running';
  mesg(Profile.MesgNum.FILE_ID, {
    type: fileType,
    manufacturer: isRun ? 'garmin' : 'concept2',
    product: 1,
    serialNumber: 12345,
    timeCreated: activity.start,
  });
  mesg(Profile.MesgNum.EVENT, { timestamp: at(0), event: 'timer', eventType: 'start' });
  const samples = activity.samples;
  let lapStartS = 0;
  let lapFirst = 0;
  const writeLap = (endIndex: number) => {
    const lapSamples = samples.slice(lapFirst, endIndex + 1);
    const last = lapSamples[lapSamples.length - 1]!;
    const first = samples[Math.max(0, lapFirst - 1)]!;
    mesg(Profile.MesgNum.LAP, {
      timestamp: at(last.timeS),
      startTime: at(lapStartS),
      totalElapsedTime: last.timeS - lapStartS,
      totalTimerTime: last.timeS - lapStartS,
      totalDistance: last.distanceM - (lapFirst === 0 ? 0 : first.distanceM),
    });
    lapStartS = last.timeS;
    lapFirst = endIndex + 1;
  };
  samples.forEach((s, index) => {
    const pause = activity.pauses.find((p) => p.endS === s.timeS);
    if (pause)
      mesg(Profile.MesgNum.EVENT, { timestamp: at(s.timeS), event: 'timer', eventType: 'start' });
    mesg(Profile.MesgNum.RECORD, {
      timestamp: at(s.timeS),
      heartRate: s.heartRateBpm,
      speed: s.speedMps,
      distance: s.distanceM,
      cadence: isRun ? s.cadence / 2 : s.cadence,
      ...(s.powerW === null ? {} : { power: s.powerW }),
      ...(s.altitudeM === null ? {} : { altitude: s.altitudeM }),
      ...(s.latitudeDeg === null || s.longitudeDeg === null
        ? {}
        : {
            positionLat: Math.round(s.latitudeDeg * SEMICIRCLES_PER_DEGREE),
            positionLong: Math.round(s.longitudeDeg * SEMICIRCLES_PER_DEGREE),
          }),
    });
    if (activity.pauses.some((p) => p.startS === s.timeS)) {
      mesg(Profile.MesgNum.EVENT, { timestamp: at(s.timeS), event: 'timer', eventType: 'stop' });
    }
    const next = samples[index + 1];
    if (!next || lapOf(next.timeS, activity.lapEveryS) > lapOf(s.timeS, activity.lapEveryS)) {
      if (index >= lapFirst) writeLap(index);
    }
  });
  const last = samples[samples.length - 1]!;
  mesg(Profile.MesgNum.EVENT, { timestamp: at(last.timeS), event: 'timer', eventType: 'stopAll' });
  mesg(Profile.MesgNum.SESSION, {
    timestamp: at(last.timeS),
    startTime: activity.start,
    sport: activity.sport,
    subSport: activity.subSport === 'indoor_rowing' ? 'indoorRowing' : 'generic',
    totalElapsedTime: last.timeS,
    totalTimerTime: last.timeS - activity.pauses.reduce((sum, p) => sum + p.endS - p.startS, 0),
    totalDistance: last.distanceM,
  });
  mesg(Profile.MesgNum.ACTIVITY, { timestamp: at(last.timeS), numSessions: 1 });
  return encoder.close();
}
