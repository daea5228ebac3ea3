import { formatDay } from '@/lib/format/dates';
import { canMoveTo } from '@/lib/plans/move-days';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor } from '@/lib/store/plan-editor';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import type { Announce } from './workout-status';
import { workoutName } from './workout-text';

/**
 * Every way of moving a workout (drag, Alt + arrow, the menu) ends here, so a day in the past or
 * outside the plan is refused whichever way it was asked for; a move locks the workout and says
 * so, with a way back. Returns whether it moved.
 */
export function moveWithinPlan(
  plan: StoredPlan,
  editor: PlanEditor,
  today: string,
  announce: Announce,
  w: StoredWorkout,
  date: string,
): boolean {
  const name = workoutName(w);
  if (!canMoveTo(plan, w.date, date, today)) {
    announce(
      `${name} stays on ${formatDay(w.date, { weekday: 'long' })}: a workout can move to today or a later day of the plan.`,
      null,
    );
    return false;
  }
  announce(
    `${name} moved to ${formatDay(date, { weekday: 'long' })} and locked.`,
    editor.moveWorkout(w.id, date),
  );
  return true;
}
