import { activeIntervalsS } from '../activity/pauses.ts';
import type { Activity } from '../activity/types.ts';
import { movingIntervalsS } from './moving-time.ts';
import { splitsByDistance, type Split } from './splits.ts';

/**
 * An activity's splits every `splitM` metres, timed on moving time — pauses and standing still
 * left out — as the summary's average pace is, so the splits and the headline pace agree.
 */
export function activitySplits(activity: Activity, splitM: number): Split[] {
  const s = activity.streams;
  const recordedS = activeIntervalsS(s.timeS, activity.pauses);
  const movingS = movingIntervalsS(recordedS, s.speedMps, s.timeS, s.distanceM);
  return splitsByDistance(s.timeS, s.distanceM, s.heartRateBpm, movingS, splitM);
}
