'use client';

import { Button } from '@/components/ui/button';
import { formatDay } from '@/lib/format/dates';
import { sameDayHard } from '@/lib/plans/same-day-hard';
import type { PlanUndo } from '@/lib/store/plan-editor';
import type { OpenPlan } from '@/lib/store/use-plan';
import { workoutName } from './workout-text';

/** How far ahead a clash is worth raising: the coming two weeks. */
export const AHEAD_DAYS = 14;

/**
 * Two plans (a run plan and a row plan) booking hard sessions on the same day: said plainly, with
 * a nearby day that is free of hard sessions in both and a button to move one there (undoable).
 */
export function SameDayHardWarning({
  plans,
  today,
  until,
  announce,
}: {
  plans: readonly OpenPlan[];
  today: string;
  until: string;
  announce: (message: string, undo: (() => void) | null) => void;
}) {
  if (plans.length < 2) return null;
  const clashes = sameDayHard(
    plans.map((p) => ({ id: p.id, title: p.plan.meta.title, workouts: p.plan.workouts })),
    today,
  ).filter((c) => c.date <= until);
  if (clashes.length === 0) return null;
  return (
    <div
      role="note"
      aria-label="Hard sessions on the same day"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">Two hard sessions on one day</p>
      <ul className="mt-1 grid gap-2">
        {clashes.map((c) => {
          const names = c.sessions.map((s) => `${workoutName(s.workout)} (${s.planTitle})`);
          const s = c.suggestion;
          const editor = s ? plans.find((p) => p.id === s.session.planId)?.editor : undefined;
          return (
            <li key={c.date}>
              <p>
                {formatDay(c.date, { weekday: 'long' })}: {names.join(' and ')} are both hard.
                Together they add up to more than either plan meant;{' '}
                {s
                  ? `moving ${workoutName(s.session.workout)} to ${formatDay(s.date, { weekday: 'long' })} keeps a day between hard sessions.`
                  : 'making one of them easy would help.'}
              </p>
              {s && editor ? (
                <Button
                  variant="secondary"
                  className="mt-1"
                  onClick={() => {
                    const undo: PlanUndo = editor.moveWorkout(s.session.workout.id, s.date);
                    announce(
                      `${workoutName(s.session.workout)} moved to ${formatDay(s.date, { weekday: 'long' })} and locked.`,
                      () => editor.undo(undo),
                    );
                  }}
                >
                  Move {workoutName(s.session.workout)} to {formatDay(s.date, { weekday: 'long' })}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
