import type { ActivityStreams } from '../activity/types.ts';

/**
 * Figures for one stretch of an activity [startS, endS) on its elapsed clock: a lap, a detected
 * rep or rest, or any range the athlete picks. Each sample counts for the interval that ends at
 * it (as every other figure here does), so stretches that tile the activity add up to its totals.
 */
export type SegmentStats = {
  startS: number;
  endS: number;
  elapsedS: number;
  /** Time moving within the stretch (pauses and standing still left out). */
  movingS: number;
  distanceM: number;
  /** Distance over moving time; null without distance or movement. */
  avgSpeedMps: number | null;
  avgHr: number | null;
  maxHr: number | null;
  avgPowerW: number | null;
  avgCadence: number | null;
};

/** What a stretch is read from: the streams and each sample's recorded and moving seconds. */
export type SegmentSource = {
  streams: Pick<ActivityStreams, 'timeS' | 'distanceM' | 'heartRateBpm' | 'powerW' | 'cadence'>;
  recordedS: ArrayLike<number>;
  movingS: ArrayLike<number>;
};

/** Index of the first sample at or after `timeS` (samples are sorted by time). */
export function firstAtOrAfter(times: ArrayLike<number>, timeS: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < timeS) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cumulative distance at `timeS`, interpolated between the samples either side. */
export function distanceAtTime(
  timeS: ArrayLike<number>,
  distanceM: ArrayLike<number>,
  at: number,
): number | null {
  const i = firstAtOrAfter(timeS, at);
  const after = i < timeS.length ? i : timeS.length - 1;
  let before = Math.min(i, timeS.length - 1);
  while (before >= 0 && (timeS[before]! > at || Number.isNaN(distanceM[before]!))) before--;
  let next = after;
  while (next < timeS.length && Number.isNaN(distanceM[next]!)) next++;
  if (before < 0) return next < timeS.length ? distanceM[next]! : null;
  if (next >= timeS.length || timeS[next]! <= timeS[before]!) return distanceM[before]!;
  const fraction = (at - timeS[before]!) / (timeS[next]! - timeS[before]!);
  const d0 = distanceM[before]!;
  return d0 + Math.min(1, Math.max(0, fraction)) * (distanceM[next]! - d0);
}

type Sums = { w: number; sum: number };

function add(s: Sums, value: number, w: number, positiveOnly: boolean): void {
  if (!(w > 0) || Number.isNaN(value) || (positiveOnly && !(value > 0))) return;
  s.w += w;
  s.sum += value * w;
}

const mean = (s: Sums) => (s.w > 0 ? s.sum / s.w : null);

export function segmentStats(source: SegmentSource, startS: number, endS: number): SegmentStats {
  const { timeS, distanceM, heartRateBpm, powerW, cadence } = source.streams;
  // Samples whose interval ends inside (startS, endS]; the first sample of the activity has none.
  const from = firstAtOrAfter(timeS, startS + 1e-6);
  const to = firstAtOrAfter(timeS, endS + 1e-6);
  const hr: Sums = { w: 0, sum: 0 };
  const power: Sums = { w: 0, sum: 0 };
  const cad: Sums = { w: 0, sum: 0 };
  let moving = 0;
  let maxHr = -Infinity;
  for (let i = from; i < to; i++) {
    const recorded = source.recordedS[i]!;
    const movingS = source.movingS[i]!;
    moving += movingS;
    add(hr, heartRateBpm[i]!, recorded, true);
    add(power, powerW[i]!, recorded, false);
    add(cad, cadence[i]!, movingS, true);
    if (heartRateBpm[i]! > maxHr) maxHr = heartRateBpm[i]!;
  }
  const d0 = distanceAtTime(timeS, distanceM, startS);
  const d1 = distanceAtTime(timeS, distanceM, endS);
  const distance = d0 === null || d1 === null ? 0 : Math.max(0, d1 - d0);
  return {
    startS,
    endS,
    elapsedS: endS - startS,
    movingS: moving,
    distanceM: distance,
    avgSpeedMps: distance > 0 && moving > 0 ? distance / moving : null,
    avgHr: mean(hr),
    maxHr: maxHr > 0 ? maxHr : null,
    avgPowerW: mean(power),
    avgCadence: mean(cad),
  };
}
