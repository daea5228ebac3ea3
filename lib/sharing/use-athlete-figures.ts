'use client';

import { useMemo } from 'react';
import { addDays } from '@/engine/plan/calendar-date';
import { useEngineQuery } from '@/lib/queries/engine-query';
import { deviceTimeZone, today as deviceToday } from '@/lib/store/device-clock';
import { activityRows, dailyLoads } from '@/lib/store/index-rows';
import { journalEntries } from '@/lib/worker/engine-inputs';
import { fitnessSeries } from '@/lib/worker/fitness-for';
import { athleteFigures, type AthleteFigures } from './coach-figures';
import type { AthleteDocs } from './use-athlete-docs';

/** The desk's figures for one athlete: fitness on the page, readiness from the engine worker. */
export function useAthleteFigures(
  athleteId: string,
  docs: AthleteDocs,
): {
  figures: AthleteFigures | null;
  /** The figures answer the documents as they are now (not an earlier answer kept on screen). */
  current: boolean;
} {
  const today = deviceToday();
  const timeZone = deviceTimeZone();
  const { activities, activitiesVersion, days, fuel, journalVersion, plan, profile } = docs;
  const sport = plan.meta.sport;
  const weekStartsOn = profile.weekStartsOn;
  const loads = useMemo(
    () => dailyLoads(activityRows(activities, timeZone), today),
    [activities, timeZone, today],
  );
  // One linear pass over the days, on the page like the athlete's own index (no worker needed).
  const pmcDays = useMemo(() => fitnessSeries(loads), [loads]);
  const readiness = useEngineQuery(
    ['coach-readiness', athleteId, journalVersion, activitiesVersion, today],
    async (engine) => {
      const entries = journalEntries([...days.entries()], fuel);
      const dates = [addDays(today, -2), addDays(today, -1), today];
      return Promise.all(
        dates.map((date) => {
          const day = pmcDays.find((d) => d.date === date);
          const load = day ? { tsb: day.tsb, acwr: day.acwr } : null;
          return engine.readiness(
            entries.filter((e) => e.date <= date),
            date,
            load,
          );
        }),
      );
    },
  );
  const figures = useMemo(() => {
    if (!readiness.data) return null;
    return athleteFigures({
      today,
      timeZone,
      workouts: plan.workouts,
      sport,
      weekStartsOn,
      activities,
      pmc: pmcDays,
      recentReadiness: readiness.data,
    });
  }, [pmcDays, readiness.data, today, timeZone, plan.workouts, sport, weekStartsOn, activities]);
  return { figures, current: figures !== null && !readiness.isPlaceholderData };
}
