'use client';

import { useMemo } from 'react';
import { addDays } from '@/engine/plan/calendar-date';
import { useEngineQuery } from '@/lib/queries/engine-query';
import { deviceTimeZone, today as deviceToday } from '@/lib/store/device-clock';
import { activityRows, dailyLoads } from '@/lib/store/index-rows';
import { journalEntries } from '@/lib/worker/engine-inputs';
import { athleteFigures, type AthleteFigures } from './coach-figures';
import type { AthleteDocs } from './use-athlete-docs';

/** The desk's figures for one athlete: fitness and readiness from the engine worker. */
export function useAthleteFigures(
  athleteId: string,
  docs: AthleteDocs,
): { figures: AthleteFigures | null; pmcReady: boolean } {
  const today = deviceToday();
  const timeZone = deviceTimeZone();
  const { activities, activitiesVersion, days, fuel, journalVersion, plan } = docs;
  const loads = useMemo(
    () => dailyLoads(activityRows(activities, timeZone), today),
    [activities, timeZone, today],
  );
  const pmc = useEngineQuery(['coach-fitness', athleteId, activitiesVersion, today], (engine) =>
    engine.fitnessSeries(loads),
  );
  const pmcDays = pmc.data;
  const readiness = useEngineQuery(
    ['coach-readiness', athleteId, journalVersion, activitiesVersion, today],
    async (engine) => {
      const entries = journalEntries([...days.entries()], fuel);
      const dates = [addDays(today, -2), addDays(today, -1), today];
      return Promise.all(
        dates.map((date) => {
          const day = pmcDays?.find((d) => d.date === date);
          const load = day ? { tsb: day.tsb, acwr: day.acwr } : null;
          return engine.readiness(
            entries.filter((e) => e.date <= date),
            date,
            load,
          );
        }),
      );
    },
    pmcDays !== undefined,
  );
  const figures = useMemo(() => {
    if (!pmcDays || !readiness.data) return null;
    return athleteFigures({
      today,
      timeZone,
      workouts: plan.workouts,
      activities,
      pmc: pmcDays,
      recentReadiness: readiness.data,
    });
  }, [pmcDays, readiness.data, today, timeZone, plan.workouts, activities]);
  return { figures, pmcReady: pmcDays !== undefined };
}
