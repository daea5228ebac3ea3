'use client';

import { useMemo } from 'react';
import { activityList, allDays } from '@/lib/store/index-queries';
import type { ActivityRow, DayRow } from '@/lib/store/index-rows';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useProfile } from '@/lib/store/use-profile';
import { fitnessView } from './fitness-view';
import { loadAssumptionsFor } from './load-assumptions';

const noDays: DayRow[] = [];
const noActivities: ActivityRow[] = [];

/** The fitness series from the index with what it means yet and where it starts. */
export function useFitnessView() {
  const days = useIndexQuery(allDays, noDays);
  const { profile } = useProfile();
  const { fitnessStart, fitnessStartCtl, fitnessStartAtl } = profile;
  return useMemo(
    () => fitnessView(days, { fitnessStart, fitnessStartCtl, fitnessStartAtl }),
    [days, fitnessStart, fitnessStartCtl, fitnessStartAtl],
  );
}

/** The defaults the athlete's loads lean on, from their settings and how each session was scored. */
export function useLoadAssumptions() {
  const rows = useIndexQuery(activityList, noActivities);
  const { profile } = useProfile();
  return useMemo(() => loadAssumptionsFor(profile, rows), [profile, rows]);
}
