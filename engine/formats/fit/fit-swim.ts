import type { LengthMesg, SessionMesg } from '@garmin/fitsdk';
import {
  COLUMNS,
  createStreamBuilder,
  type SampleRow,
  type StreamBuilder,
} from '../../activity/stream-builder.ts';
import type { ActivityStreams } from '../../activity/types.ts';
import type { RawLength } from '../raw-leg.ts';
import { fitName } from './fit-names.ts';
import { epochS } from './fit-records.ts';

/**
 * Pool swims live in length messages (FIT Profile, "length"): one per length swum ("active") or
 * rested at the wall ("idle"), with its start, timer time, strokes and stroke type. The watch's
 * distance is the active lengths times the pool length; records carry heart rate at most, and on
 * older watches (FR910XT) no timestamp at all. Each length becomes a row at its end with the
 * distance so far, its speed and its stroke rate.
 */
export function swimLengths(lengths: LengthMesg[], poolLengthM: number): RawLength[] {
  return lengths.flatMap((length) => {
    const startS = epochS(length.startTime);
    if (startS === null) return [];
    const active = length.lengthType !== 'idle';
    return [
      {
        startS,
        elapsedS: length.totalElapsedTime ?? length.totalTimerTime ?? 0,
        active,
        distanceM: active ? poolLengthM : 0,
        strokes: length.totalStrokes ?? null,
        stroke: length.swimStroke === undefined ? null : fitName(length.swimStroke, 'mixed'),
      },
    ];
  });
}

export function pushLengthRows(
  lengths: RawLength[],
  builder: StreamBuilder,
  source: LengthMesg[],
): void {
  let distanceM = 0;
  lengths.forEach((length, i) => {
    if (i === 0) builder.push({ timeS: length.startS, distanceM: 0, speedMps: 0 });
    distanceM += length.distanceM;
    const seconds = source[i]?.totalTimerTime ?? length.elapsedS;
    const cadence =
      source[i]?.avgSwimmingCadence ??
      (length.strokes !== null && seconds > 0 ? (60 * length.strokes) / seconds : undefined);
    builder.push({
      timeS: length.startS + length.elapsedS,
      distanceM,
      speedMps: seconds > 0 ? length.distanceM / seconds : 0,
      cadence: length.active ? cadence : 0,
    });
  });
}

/**
 * Heart-rate rows between length ends get the distance by linear interpolation and the speed of
 * the length they fall in, so rests stay still and lengths move.
 */
export function fillBetweenLengths(s: ActivityStreams): void {
  const n = s.timeS.length;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(s.distanceM[i]!)) continue;
    for (let j = previous + 1; j < i && previous >= 0; j++) {
      const span = s.timeS[i]! - s.timeS[previous]!;
      const fraction = span > 0 ? (s.timeS[j]! - s.timeS[previous]!) / span : 0;
      s.distanceM[j] =
        s.distanceM[previous]! + fraction * (s.distanceM[i]! - s.distanceM[previous]!);
      if (Number.isNaN(s.speedMps[j]!)) s.speedMps[j] = s.speedMps[i]!;
    }
    previous = i;
  }
}

/** The pool length in metres (FIT stores metres whatever the display unit); null for open water. */
export function poolLengthM(session: SessionMesg | undefined): number | null {
  const sub = fitName(session?.subSport, '');
  const length = session?.poolLength;
  if (sub === 'open_water' || typeof length !== 'number' || !(length > 0)) return null;
  return length;
}

/** Two columns sets merged by time; at the same time the first one's values win. */
export function mergeByTime(a: ActivityStreams, b: ActivityStreams): ActivityStreams {
  const builder = createStreamBuilder(a.timeS.length + b.timeS.length);
  let i = 0;
  let j = 0;
  while (i < a.timeS.length || j < b.timeS.length) {
    const fromA = j >= b.timeS.length || (i < a.timeS.length && a.timeS[i]! <= b.timeS[j]!);
    const s = fromA ? a : b;
    const k = fromA ? i++ : j++;
    const row: SampleRow = { timeS: s.timeS[k]! };
    for (const name of COLUMNS) row[name] = s[name][k];
    builder.push(row);
  }
  return builder.build();
}
