import type { Activity, Lap } from '../activity/types.ts';
import { weightedMean } from './stream-stats.ts';

export type LapSummary = {
  startTime: string;
  elapsedS: number;
  movingS: number;
  distanceM: number;
  avgHr: number | null;
};

/** Index of the first sample at or after `timeS` (samples are sorted by time). */
function firstAtOrAfter(times: Float64Array, timeS: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < timeS) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distanceAt(distanceM: Float64Array, index: number): number {
  for (let i = Math.min(index, distanceM.length - 1); i >= 0; i--) {
    if (!Number.isNaN(distanceM[i]!)) return distanceM[i]!;
  }
  return 0;
}

/** A file without laps gets one lap covering the whole activity. */
function lapsOrWhole(activity: Activity): Lap[] {
  if (activity.laps.length > 0) return activity.laps;
  const last = activity.streams.timeS[activity.streams.timeS.length - 1] ?? 0;
  return [
    {
      startTime: activity.startTime,
      startOffsetS: 0,
      elapsedS: last,
      movingS: null,
      distanceM: null,
    },
  ];
}

/**
 * Per-lap figures: the file's own elapsed time and distance where it gives them, moving time and
 * average heart rate from the samples whose interval ends inside the lap.
 */
export function lapSummaries(
  activity: Activity,
  movingS: Float64Array,
  recordedS: Float64Array,
): LapSummary[] {
  const { timeS, distanceM, heartRateBpm } = activity.streams;
  return lapsOrWhole(activity).map((lap, index) => {
    const from = index === 0 ? 0 : firstAtOrAfter(timeS, lap.startOffsetS + 1e-6);
    const to = firstAtOrAfter(timeS, lap.startOffsetS + lap.elapsedS + 1e-6);
    let moving = 0;
    for (let i = from; i < to; i++) moving += movingS[i]!;
    const streamDistance =
      distanceAt(distanceM, to - 1) - (from > 0 ? distanceAt(distanceM, from - 1) : 0);
    return {
      startTime: lap.startTime,
      elapsedS: lap.elapsedS,
      movingS: lap.movingS ?? moving,
      distanceM: lap.distanceM ?? streamDistance,
      avgHr: weightedMean(heartRateBpm.subarray(from, to), recordedS.subarray(from, to), true),
    };
  });
}
