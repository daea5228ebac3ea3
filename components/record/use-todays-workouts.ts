'use client';

import type { PlannedWorkout } from '@/engine/workout/types';
import { today as todayOnDevice } from '@/lib/store/device-clock';
import { usePlan } from '@/lib/store/use-plan';
import { usePlanList } from '@/lib/store/use-profile';

/** Today's sessions still to do from the newest plan, to follow while recording. */
export function useTodaysWorkouts(): PlannedWorkout[] {
  const plans = usePlanList();
  const newest = [...plans].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
  const { plan } = usePlan(newest?.id ?? null);
  const today = todayOnDevice();
  return plan.workouts.filter(
    (w) => w.date === today && w.status !== 'skipped' && w.status !== 'done',
  );
}
