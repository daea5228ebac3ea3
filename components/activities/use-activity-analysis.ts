'use client';

import { useMemo } from 'react';
import { resolveAthlete, type Athlete, type AthleteInput } from '@/engine/activity/athlete';
import { findGapPauses } from '@/engine/activity/pauses';
import type { Activity, ActivityStreams, Lap } from '@/engine/activity/types';
import { activityDetail, type ActivityDetail } from '@/engine/analysis/activity-detail';
import { isRowing } from '@/engine/analysis/sport-family';
import { activitySplits } from '@/engine/analysis/activity-splits';
import type { Split } from '@/engine/analysis/splits';
import { METERS_PER_MILE } from '@/engine/units/pace';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { ActivityBeats } from '@/lib/store/activity-doc';
import type { Units } from '@/lib/store/profile-schema';

export type ActivityAnalysis = {
  activity: Activity;
  detail: ActivityDetail;
  splits: { every: number; label: string; splits: Split[] };
  athlete: Athlete;
  /** False when the athlete's settings clash and the engine's defaults were used instead. */
  settingsUsable: boolean;
};

function lapsOf(entry: ActivityEntry): Lap[] {
  const startMs = Date.parse(entry.startTime);
  return entry.laps.map((lap) => ({
    startTime: lap.startTime,
    startOffsetS: (Date.parse(lap.startTime) - startMs) / 1000,
    elapsedS: lap.elapsedS,
    movingS: lap.movingS,
    distanceM: lap.distanceM,
  }));
}

function splitSpec(sport: string, units: Units) {
  if (isRowing(sport)) return { every: 500, label: '500 m' };
  return units === 'imperial'
    ? { every: METERS_PER_MILE, label: 'mile' }
    : { every: 1000, label: 'km' };
}

function safeAthlete(input: AthleteInput): { athlete: Athlete; ok: boolean } {
  try {
    return { athlete: resolveAthlete(input), ok: true };
  } catch (error) {
    console.warn('Settings do not fit together; the page uses the defaults', error);
    return { athlete: resolveAthlete({}), ok: false };
  }
}

/**
 * Everything the activity page computes from the streams, for the athlete's settings now: laps,
 * work and rest, zones, HRV, splits. Pure engine functions, run once per activity and settings.
 */
export function useActivityAnalysis(
  entry: ActivityEntry | null,
  streams: ActivityStreams | null,
  beats: ActivityBeats | null,
  input: AthleteInput,
  units: Units,
): ActivityAnalysis | null {
  return useMemo(() => {
    if (!entry || !streams || streams.timeS.length === 0) return null;
    const activity: Activity = {
      sport: entry.sport,
      subSport: entry.subSport,
      startTime: entry.startTime,
      source: entry.source,
      device: entry.device,
      laps: lapsOf(entry),
      // Older summaries did not keep their pauses: find them again as the importer would.
      pauses:
        entry.pauses?.map((p) => ({ ...p, reason: 'timer' as const })) ??
        findGapPauses(streams.timeS, streams.distanceM),
      streams,
    };
    const { athlete, ok } = safeAthlete(input);
    const detail = activityDetail(
      activity,
      athlete,
      beats && beats.rr.rrMs.length > 0 ? beats.rr.rrMs : null,
    );
    const spec = splitSpec(entry.sport, units);
    const splits = activitySplits(activity, spec.every);
    return { activity, detail, splits: { ...spec, splits }, athlete, settingsUsable: ok };
  }, [entry, streams, beats, input, units]);
}
