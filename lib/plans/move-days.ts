import { addDays } from '@/engine/plan/calendar-date';
import type { StoredPlan } from '@/lib/store/plan-doc';

/**
 * Where a workout may be moved: today or later, and inside the plan's span (its first week's
 * first day to its last week's last day). A move into the past would take the session out of the
 * week it counts in and leave a week of nothing but a missed workout; a move beyond the plan
 * would leave it outside every week.
 */
export type PlanSpan = { first: string; last: string };

export function planSpan(plan: Pick<StoredPlan, 'weeks' | 'workouts'>): PlanSpan | null {
  const starts = [plan.weeks[0]?.start, plan.workouts[0]?.date].filter(
    (d): d is string => d !== undefined,
  );
  const lastWeek = plan.weeks.at(-1);
  const ends = [lastWeek ? addDays(lastWeek.start, 6) : undefined, plan.workouts.at(-1)?.date];
  const last = ends
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const first = starts.sort()[0];
  return first && last ? { first, last } : null;
}

/** Whether a workout may go to `date`: not its own day, not before today, not outside the plan. */
export function canMoveTo(
  plan: Pick<StoredPlan, 'weeks' | 'workouts'>,
  from: string,
  date: string,
  today: string,
): boolean {
  const span = planSpan(plan);
  return date !== from && date >= today && !!span && date >= span.first && date <= span.last;
}

/** The days a menu offers: up to a week either side of the workout, those it may go to. */
export function moveDays(
  plan: Pick<StoredPlan, 'weeks' | 'workouts'>,
  from: string,
  today: string,
  around = 7,
): string[] {
  return Array.from({ length: 2 * around + 1 }, (_, i) => addDays(from, i - around)).filter((d) =>
    canMoveTo(plan, from, d, today),
  );
}
