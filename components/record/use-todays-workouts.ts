'use client';

import type { PlannedWorkout } from '@/engine/workout/types';
import { usePlan } from '@/lib/store/use-plan';
import { usePlanList } from '@/lib/store/use-profile';

/** Local calendar date, YYYY-MM-DD, as plans key their days. */
function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today's planned sessions from the newest plan, to follow while recording. */
export function useTodaysWorkouts(): PlannedWorkout[] {
  const plans = usePlanList();
  const newest = [...plans].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
  const { plan } = usePlan(newest?.id ?? null);
  const today = todayLocal();
  return plan.workouts.filter((w) => w.date === today && w.status !== 'skipped');
}
