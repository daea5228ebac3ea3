import { Encoder, Profile } from '@garmin/fitsdk';
import type { Activity } from '../activity/types.ts';
import { cadenceScale } from '../formats/stride-cadence.ts';
import { exportFailure, type ExportResult } from './export-format.ts';
import {
  exportPauses,
  finite,
  lapSpans,
  pausedWithinS,
  resumeIndices,
  type LapSpan,
} from './export-samples.ts';

/** FIT positions are in semicircles: 2^31 of them make 180 degrees (FIT SDK, "position_lat"). */
const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

type Writable = Parameters<Encoder['onMesg']>[1];

/**
 * The FIT SDK for JavaScript names enum values in camelCase ("indoorRowing"); we keep FIT's
 * snake_case. A name the profile does not know becomes `fallback`, since the Encoder refuses it.
 */
function fitEnum(type: 'sport' | 'subSport', name: string | null, fallback: string): string {
  const camel = (name ?? '').replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const known = Object.values(Profile.types[type] ?? {}) as unknown[];
  return known.includes(camel) ? camel : fallback;
}

/** Whole seconds: FIT's date_time has one-second resolution. */
const wholeSecond = (ms: number) => new Date(Math.round(ms / 1000) * 1000);

type Context = { encoder: Encoder; startMs: number };

function mesg(context: Context, num: number | undefined, fields: Record<string, unknown>): void {
  context.encoder.onMesg(num!, fields as Writable);
}

/**
 * A timer event. Always the same fields in the same order: the Encoder reuses a local message
 * definition that has the same fields in another order and would write the values misplaced.
 */
function timerEvent(context: Context, timestamp: Date, eventType: string): void {
  mesg(context, Profile.MesgNum.EVENT, { timestamp, event: 'timer', eventType });
}

/** One record per whole second: a second already written is skipped, so time stays increasing. */
function writeRecords(context: Context, activity: Activity): void {
  const s = activity.streams;
  const resumes = resumeIndices(activity);
  const cadenceDivisor = cadenceScale(activity.sport);
  let lastSecond = -Infinity;
  for (let i = 0; i < s.timeS.length; i++) {
    const at = wholeSecond(context.startMs + s.timeS[i]! * 1000);
    if (at.getTime() <= lastSecond) continue;
    if (resumes.has(i)) {
      timerEvent(context, wholeSecond(context.startMs + s.timeS[i - 1]! * 1000), 'stop');
      timerEvent(context, at, 'start');
    }
    lastSecond = at.getTime();
    const cadence = finite(s.cadence[i]! / cadenceDivisor);
    const lat = finite(s.latitudeDeg[i]);
    const lon = finite(s.longitudeDeg[i]);
    const positioned = lat !== undefined && lon !== undefined;
    mesg(context, Profile.MesgNum.RECORD, {
      timestamp: at,
      heartRate: finite(Math.round(s.heartRateBpm[i]!)),
      speed: finite(s.speedMps[i]),
      distance: finite(s.distanceM[i]),
      power: finite(Math.round(s.powerW[i]!)),
      altitude: finite(s.altitudeM[i]),
      cadence: cadence === undefined ? undefined : Math.floor(cadence),
      fractionalCadence: cadence === undefined ? undefined : cadence - Math.floor(cadence),
      positionLat: positioned ? Math.round(lat * SEMICIRCLES_PER_DEGREE) : undefined,
      positionLong: positioned ? Math.round(lon * SEMICIRCLES_PER_DEGREE) : undefined,
    });
  }
}

/** Distance covered between two samples, when the streams say. */
function distanceBetween(activity: Activity, from: number, to: number): number | undefined {
  const d = activity.streams.distanceM;
  const start = from === 0 ? 0 : d[from - 1];
  return finite(d[to]! - (start ?? NaN));
}

type Totals = { totalElapsedTime: number; totalTimerTime: number; totalDistance?: number };

function totals(activity: Activity, span: LapSpan, from: number): Totals {
  const elapsed = Math.max(0, span.endOffsetS - span.startOffsetS);
  const paused = pausedWithinS(exportPauses(activity), span.startOffsetS, span.endOffsetS);
  return {
    totalElapsedTime: elapsed,
    totalTimerTime: Math.max(0, elapsed - paused),
    totalDistance: distanceBetween(activity, from, span.last),
  };
}

/**
 * The activity as a FIT activity file, written by Garmin's own Encoder (@garmin/fitsdk): file id,
 * timer events (a pause stops and restarts the timer), one record per second, laps, one session
 * and the activity message, as the FIT SDK's "Encoding Activity Files" cookbook lays them out.
 */
export function writeFitActivity(activity: Activity): ExportResult {
  const n = activity.streams.timeS.length;
  if (n === 0) return exportFailure('NoSamples', 'This activity has no samples to export.');
  const startMs = Date.parse(activity.startTime);
  const context: Context = { encoder: new Encoder(), startMs };
  const start = wholeSecond(startMs);
  const endS = activity.streams.timeS[n - 1]!;
  const end = wholeSecond(startMs + endS * 1000);
  mesg(context, Profile.MesgNum.FILE_ID, {
    type: 'activity',
    manufacturer: 'development',
    product: 0,
    timeCreated: start,
  });
  timerEvent(context, start, 'start');
  writeRecords(context, activity);
  timerEvent(context, end, 'stopAll');
  const spans = lapSpans(activity);
  spans.forEach((span, index) => {
    const lapStart = new Date(start.getTime() + Math.round(span.startOffsetS) * 1000);
    const lapEnd = wholeSecond(startMs + span.endOffsetS * 1000);
    mesg(context, Profile.MesgNum.LAP, {
      messageIndex: index,
      timestamp: lapEnd,
      startTime: lapStart,
      event: 'lap',
      eventType: 'stop',
      ...totals(activity, span, span.first),
    });
  });
  const whole = { startOffsetS: 0, endOffsetS: endS, first: 0, last: n - 1 };
  const sessionTotals = totals(activity, whole, 0);
  mesg(context, Profile.MesgNum.SESSION, {
    messageIndex: 0,
    timestamp: end,
    startTime: start,
    event: 'session',
    eventType: 'stop',
    sport: fitEnum('sport', activity.sport, 'generic'),
    subSport: fitEnum('subSport', activity.subSport, 'generic'),
    firstLapIndex: 0,
    numLaps: spans.length,
    ...sessionTotals,
  });
  mesg(context, Profile.MesgNum.ACTIVITY, {
    timestamp: end,
    totalTimerTime: sessionTotals.totalTimerTime,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
  });
  return { ok: true, bytes: context.encoder.close() };
}
