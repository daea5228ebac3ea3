import { findGapPauses, mergePauses } from '../activity/pauses.ts';
import type { Activity, Pause } from '../activity/types.ts';

/** A finite value, or undefined for a missing one (NaN in the streams). */
export function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** A number printed with at most `digits` decimals and no trailing zeros. */
export function decimal(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * Every stretch without recording: the activity's own pauses and silences in the samples (a
 * recording keeps no pause list, so its paused time shows only as a silence).
 */
export function exportPauses(activity: Activity): Pause[] {
  return mergePauses([...activity.pauses, ...findGapPauses(activity.streams.timeS)]);
}

/** Indices of the samples that come right after a pause: where a writer restarts the timer. */
export function resumeIndices(activity: Activity): Set<number> {
  const pauses = exportPauses(activity);
  const timeS = activity.streams.timeS;
  const indices = new Set<number>();
  let p = 0;
  for (let i = 1; i < timeS.length && p < pauses.length; i++) {
    while (p < pauses.length && pauses[p]!.endS <= timeS[i - 1]!) p++;
    const pause = pauses[p];
    if (pause && pause.startS >= timeS[i - 1]! && pause.endS <= timeS[i]!) {
      indices.add(i);
      p++;
    }
  }
  return indices;
}

/** Seconds spent paused inside [fromS, toS). */
export function pausedWithinS(pauses: readonly Pause[], fromS: number, toS: number): number {
  let total = 0;
  for (const pause of pauses) {
    total += Math.max(0, Math.min(toS, pause.endS) - Math.max(fromS, pause.startS));
  }
  return total;
}

export type LapSpan = { startOffsetS: number; endOffsetS: number; first: number; last: number };

/**
 * The activity's laps as spans of sample indices (one lap for the whole activity when it has
 * none). A sample at a lap boundary ends the lap before it (watches close a lap with the sample
 * taken at the lap press), samples before the first lap's start belong to the first lap, and a
 * lap without samples is left out.
 */
export function lapSpans(activity: Activity): LapSpan[] {
  const timeS = activity.streams.timeS;
  const n = timeS.length;
  const endS = n > 0 ? timeS[n - 1]! : 0;
  const starts = activity.laps.map((lap) => lap.startOffsetS).sort((a, b) => a - b);
  if (starts.length === 0) starts.push(0);
  starts[0] = Math.min(0, starts[0]!);
  const spans: LapSpan[] = [];
  let index = 0;
  starts.forEach((startS, k) => {
    const nextS = starts[k + 1] ?? Infinity;
    const first = index;
    while (index < n && (timeS[index]! <= nextS || index === 0)) index++;
    if (index > first) {
      spans.push({
        startOffsetS: startS,
        endOffsetS: Math.min(nextS, endS),
        first,
        last: index - 1,
      });
    }
  });
  return spans;
}
