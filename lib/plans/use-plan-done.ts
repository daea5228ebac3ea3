'use client';

import { useMemo } from 'react';
import { deviceTimeZone } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import { planDoneActivities, type PlanDone } from './plan-activities';

/** The athlete's finished activities as plans read them, re-read when the list changes. */
export function usePlanDone(): { done: PlanDone[]; ready: boolean; version: number } {
  const { activities, ready, version } = useActivities();
  const done = useMemo(() => planDoneActivities(activities, deviceTimeZone()), [activities]);
  return { done, ready, version };
}
