import type { Athlete } from '../activity/athlete.ts';
import { activeIntervalsS } from '../activity/pauses.ts';
import type { Activity } from '../activity/types.ts';
import { activityZones, type ActivityZones } from './activity-zones.ts';
import { findIntervals, type IntervalAnalysis } from './intervals.ts';
import { movingIntervalsS } from './moving-time.ts';
import { outputStreams } from './output-streams.ts';
import { segmentStats, type SegmentSource, type SegmentStats } from './segment-stats.ts';
import { sessionHrv, type SessionHrv } from './session-hrv.ts';
import { isCycling, isRowing, isRunningLike } from './sport-family.ts';
import { hasAny } from './stream-stats.ts';

/**
 * What the activity page shows beyond the stored summary, computed from the streams when the page
 * opens, for the athlete's current settings: each lap's figures, work and rest, time in zones and
 * heart-rate variability for the session.
 */
export type ActivityDetail = {
  laps: SegmentStats[];
  intervals: IntervalAnalysis | null;
  zones: ActivityZones;
  hrv: SessionHrv | null;
};

/** What tells work from rest: power on the bike and the erg when there is any, else speed. */
function intervalOutput(activity: Activity): ArrayLike<number> {
  const { powerW } = activity.streams;
  if ((isCycling(activity.sport) || isRowing(activity.sport)) && hasAny(powerW)) return powerW;
  // Grade-adjusted for runs, so a hill is not a rep and a descent not a recovery.
  return isRunningLike(activity.sport)
    ? outputStreams(activity).gapSpeedMps
    : activity.streams.speedMps;
}

export function activityDetail(
  activity: Activity,
  athlete: Athlete,
  rrMs: ArrayLike<number> | null,
): ActivityDetail {
  const s = activity.streams;
  const recordedS = activeIntervalsS(s.timeS, activity.pauses);
  const movingS = movingIntervalsS(recordedS, s.speedMps, s.timeS, s.distanceM);
  const source: SegmentSource = { streams: s, recordedS, movingS };
  const endS = s.timeS[s.timeS.length - 1] ?? 0;
  const laps = activity.laps.map((lap, i) => {
    const next = activity.laps[i + 1];
    return segmentStats(
      source,
      lap.startOffsetS,
      next ? next.startOffsetS : Math.max(endS, lap.startOffsetS),
    );
  });
  const intervals = findIntervals({
    ...source,
    output: intervalOutput(activity),
    laps: activity.laps.map((lap, i) => ({
      startOffsetS: lap.startOffsetS,
      elapsedS: lap.elapsedS,
      distanceM: lap.distanceM ?? laps[i]!.distanceM,
    })),
    endS,
  });
  return {
    laps,
    intervals,
    zones: activityZones(activity, athlete, recordedS),
    hrv: rrMs && rrMs.length > 0 ? sessionHrv(rrMs) : null,
  };
}
