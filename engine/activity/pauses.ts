import type { Pause } from './types.ts';

/**
 * A silence between two samples longer than this many typical intervals (and at least
 * GAP_MIN_S) may mean the recorder was not recording: auto-pause in a GPX/TCX export, or a dropped
 * sensor link. Garmin "smart recording" writes a sample every 1–7 s while moving, hence the floor.
 */
const GAP_INTERVALS = 4;
const GAP_MIN_S = 10;

/** Slower than this (1.8 km/h, slower than any walk) counts as standing still. */
export const MOVING_SPEED_MPS = 0.5;

function medianInterval(timeS: Float64Array): number {
  const n = Math.min(timeS.length - 1, 2000);
  if (n < 1) return 1;
  const intervals = new Float64Array(n);
  for (let i = 0; i < n; i++) intervals[i] = timeS[i + 1]! - timeS[i]!;
  intervals.sort();
  return intervals[Math.floor(n / 2)]!;
}

/**
 * Pauses inferred from silences in the samples, for files without timer events. A silence is a
 * pause only when the distance did not move on at walking speed across it: a sparse recorder
 * (a paddling app writing every 30 s, a watch losing a sensor) keeps the time it was moving.
 */
export function findGapPauses(timeS: Float64Array, distanceM?: Float64Array): Pause[] {
  const thresholdS = Math.max(GAP_MIN_S, GAP_INTERVALS * medianInterval(timeS));
  const pauses: Pause[] = [];
  for (let i = 1; i < timeS.length; i++) {
    const startS = timeS[i - 1]!;
    const endS = timeS[i]!;
    if (endS - startS <= thresholdS) continue;
    const moved = distanceM ? distanceM[i]! - distanceM[i - 1]! : NaN;
    if (moved >= MOVING_SPEED_MPS * (endS - startS)) continue;
    pauses.push({ startS, endS, reason: 'gap' });
  }
  return pauses;
}

/** Sorted, non-overlapping pauses; where a timer pause and a gap overlap the timer's reason wins. */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  const sorted = pauses.filter((p) => p.endS > p.startS).sort((a, b) => a.startS - b.startS);
  const merged: Pause[] = [];
  for (const pause of sorted) {
    const last = merged[merged.length - 1];
    if (last && pause.startS <= last.endS) {
      last.endS = Math.max(last.endS, pause.endS);
      if (pause.reason === 'timer') last.reason = 'timer';
    } else {
      merged.push({ ...pause });
    }
  }
  return merged;
}

/**
 * Seconds of recording in the interval ending at each sample (the interval from the previous
 * sample, minus any overlap with a pause); 0 for the first sample. Every time-weighted figure in
 * the analysis uses these weights, so paused time never counts.
 */
export function activeIntervalsS(timeS: Float64Array, pauses: readonly Pause[]): Float64Array {
  const merged = mergePauses(pauses);
  const weights = new Float64Array(timeS.length);
  let p = 0;
  for (let i = 1; i < timeS.length; i++) {
    const from = timeS[i - 1]!;
    const to = timeS[i]!;
    while (p < merged.length && merged[p]!.endS <= from) p++;
    let paused = 0;
    for (let q = p; q < merged.length && merged[q]!.startS < to; q++) {
      paused += Math.min(to, merged[q]!.endS) - Math.max(from, merged[q]!.startS);
    }
    weights[i] = to - from - paused;
  }
  return weights;
}
