'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatDay } from '@/lib/format/dates';
import { moveDays } from '@/lib/plans/move-days';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { tallOnTouch } from './touch';
import { workoutName } from './workout-text';

/**
 * Moving a workout without dragging: the days around it it may go to (today or later, within the
 * plan), each saying what is already there. A move locks the workout, as any person's edit does.
 */
export function MoveMenu({
  workout,
  plan,
  today,
  onMove,
}: {
  workout: StoredWorkout;
  plan: StoredPlan;
  today: string;
  onMove: (date: string) => void;
}) {
  const id = useId();
  const days = moveDays(plan, workout.date, today);
  const [chosen, setChosen] = useState<string | null>(null);
  const date =
    chosen && days.includes(chosen) ? chosen : (days.find((d) => d > workout.date) ?? days[0]);
  if (!date) return <p className="text-sm">There is no later day in this plan to move it to.</p>;
  const onDay = (d: string) =>
    plan.workouts.filter((w) => w.date === d && w.id !== workout.id).map(workoutName);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label htmlFor={id} className="flex flex-col gap-1 text-sm font-medium">
        Move to
        <select
          id={id}
          value={date}
          onChange={(e) => setChosen(e.currentTarget.value)}
          className={`${tallOnTouch} rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100`}
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDay(d, { weekday: 'long' })} — {onDay(d).join(', ') || 'rest day'}
            </option>
          ))}
        </select>
      </label>
      <Button variant="secondary" className={tallOnTouch} onClick={() => onMove(date)}>
        Move
      </Button>
    </div>
  );
}
