import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { weekStartOf, type Weekday } from './calendar';
import { planDoneActivities } from './plan-activities';
import { weekTotals, type WeekTotals } from './week-totals';

export type WeekDoneInput = {
  workouts: readonly StoredWorkout[];
  /** The plan's sport: only its activities count as done (a row does not fill a running week). */
  sport: StoredWorkout['sport'];
  activities: ActivityEntry[];
  /** The athlete's first weekday: their week, not the viewer's. */
  weekStartsOn: Weekday;
  timeZone: string;
  today: string;
};

/**
 * "Done this week" as every screen says it — the athlete's plan, the coach's view of it and the
 * coach's desk: the week holding `today` in the athlete's week, the plan's sport only, from the
 * activities, with a workout marked done by hand counting its planned minutes.
 */
export function thisWeekDone(input: WeekDoneInput): WeekTotals {
  const done = planDoneActivities(input.activities, input.timeZone);
  const start = weekStartOf(input.today, input.weekStartsOn);
  return weekTotals(input.workouts, done, input.sport, start, input.today);
}
