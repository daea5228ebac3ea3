'use client';

import type { WorkoutSport } from '@/engine/workout/types';
import { useAthleteId } from '@/lib/store/current-athlete';
import { deviceTimeZone, today } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import { doneActivities } from '@/lib/worker/engine-inputs';
import { useEngineQuery } from './engine-query';

/**
 * What the athlete trains now in `sport`, from the last four weeks of imported and recorded
 * sessions; `data` is null while there is no such history, so the form falls back to their own
 * estimate.
 */
export function useWeeklyMinutesFromHistory(sport: WorkoutSport) {
  const athleteId = useAthleteId();
  const { activities, ready, version } = useActivities();
  const date = today();
  return useEngineQuery(
    ['weekly-minutes', athleteId, version, sport, date],
    (engine) =>
      engine.currentWeeklyMinutes(doneActivities(activities, deviceTimeZone()), sport, date),
    ready,
  );
}
