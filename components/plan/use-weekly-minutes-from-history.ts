'use client';

import { useEffect, useState } from 'react';
import type { WorkoutSport } from '@/engine/workout/types';
import { deviceTimeZone, today } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import { getEngine } from '@/lib/worker/engine-client';
import { doneActivities } from '@/lib/worker/engine-inputs';

/**
 * What the athlete trains now in `sport`, from the last four weeks of imported and recorded
 * sessions; null while there is no such history, so the form falls back to their own estimate.
 */
export function useWeeklyMinutesFromHistory(sport: WorkoutSport): number | null {
  const { activities } = useActivities();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void getEngine()
      .currentWeeklyMinutes(doneActivities(activities, deviceTimeZone()), sport, today())
      .then((found) => {
        if (current) setMinutes(found);
      });
    return () => {
      current = false;
    };
  }, [activities, sport]);
  return minutes;
}
