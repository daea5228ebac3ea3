import { gradeAdjustedSpeed } from '../efficiency/minetti-cost.ts';
import type { Activity } from '../activity/types.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { gradeStream } from './grade.ts';
import { hasAny } from './stream-stats.ts';
import { isRowing, isRunningLike } from './sport-family.ts';

export type OutputStreams = {
  /** Grade-adjusted speed for running, walking and hiking (Minetti); plain speed otherwise. */
  gapSpeedMps: Float64Array;
  /**
   * Power from the file, or for rowing without a power field, the Concept2 watts for the speed
   * (an erg's speed is its pace, so watts = 2.80 · v³); null when neither applies.
   */
  powerW: ArrayLike<number> | null;
};

export function outputStreams(activity: Activity): OutputStreams {
  const { speedMps, distanceM, altitudeM, powerW } = activity.streams;
  const n = speedMps.length;
  const gapSpeedMps = new Float64Array(n);
  if (isRunningLike(activity.sport) && hasAny(altitudeM)) {
    const grade = gradeStream(distanceM, altitudeM);
    for (let i = 0; i < n; i++) gapSpeedMps[i] = gradeAdjustedSpeed(speedMps[i]!, grade[i]!);
  } else {
    gapSpeedMps.set(speedMps);
  }
  if (hasAny(powerW)) return { gapSpeedMps, powerW };
  if (isRowing(activity.sport) && hasAny(speedMps)) {
    const derived = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = speedMps[i]!;
      derived[i] = v > 0 ? wattsFromSplit(500 / v) : v === 0 ? 0 : NaN;
    }
    return { gapSpeedMps, powerW: derived };
  }
  return { gapSpeedMps, powerW: null };
}
