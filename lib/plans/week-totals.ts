import { weeklyCompliance, type WeekCompliance } from '@/engine/plan/compliance';
import { addDays } from '@/engine/plan/calendar-date';
import { matchActivities, type DoneActivity } from '@/engine/plan/match-activities';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import type { PlanDone } from './plan-activities';

export type WeekTotals = {
  plannedMin: number;
  doneMin: number;
  sessionsPlanned: number;
  sessionsDone: number;
  /** Planned against done (engine/plan/compliance.ts); null before the week has begun. */
  compliance: WeekCompliance | null;
  /** The week is under way: what is done so far, not yet judged against the whole week. */
  inProgress: boolean;
};

/**
 * A week's planned and done totals, always from the workouts as they are now: an edit, a move or
 * an accepted adjustment shows in the totals at once. Done counts the plan's sport only, from the
 * activities; a workout marked done with no activity counts its planned minutes.
 */
export function weekTotals(
  workouts: readonly StoredWorkout[],
  done: readonly PlanDone[],
  sport: StoredWorkout['sport'],
  weekStart: string,
  today: string,
): WeekTotals {
  const end = addDays(weekStart, 6);
  const inWeek = workouts.filter((w) => w.date >= weekStart && w.date <= end);
  const activities = done.filter((a) => a.sport === sport && a.date >= weekStart && a.date <= end);
  const known = new Set(activities.map((a) => a.activityId));
  const byHand: DoneActivity[] = inWeek
    .filter((w) => w.status === 'done' && (w.activityId === null || !known.has(w.activityId)))
    .map((w) => ({
      date: w.date,
      sport: w.sport,
      durationMin: w.durationMin,
      load: w.plannedLoad,
    }));
  const all: DoneActivity[] = [...activities, ...byHand];
  const matched = matchActivities(inWeek, all);
  return {
    plannedMin: inWeek.reduce((s, w) => s + w.durationMin, 0),
    doneMin: Math.round(all.reduce((s, a) => s + a.durationMin, 0)),
    sessionsPlanned: inWeek.length,
    sessionsDone: inWeek.filter((w) => w.status === 'done' || matched.has(w.id)).length,
    compliance: weekStart <= today ? weeklyCompliance([...inWeek], all, weekStart) : null,
    inProgress: weekStart <= today && today <= end,
  };
}
