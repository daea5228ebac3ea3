'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { addDays } from '@/engine/plan/calendar-date';
import { formatDay } from '@/lib/format/dates';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { workoutName } from './workout-text';

/**
 * Moving a workout without dragging: a list of the days around it, each saying what is already
 * there. A move locks the workout, as any person's edit does.
 */
export function MoveMenu({
  workout,
  workouts,
  onMove,
}: {
  workout: StoredWorkout;
  workouts: readonly StoredWorkout[];
  onMove: (date: string) => void;
}) {
  const id = useId();
  const days = Array.from({ length: 15 }, (_, i) => addDays(workout.date, i - 7)).filter(
    (d) => d !== workout.date,
  );
  const [date, setDate] = useState(addDays(workout.date, 1));
  const onDay = (d: string) =>
    workouts.filter((w) => w.date === d && w.id !== workout.id).map(workoutName);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label htmlFor={id} className="flex flex-col gap-1 text-sm font-medium">
        Move to
        <select
          id={id}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDay(d, { weekday: 'long' })} — {onDay(d).join(', ') || 'rest day'}
            </option>
          ))}
        </select>
      </label>
      <Button variant="secondary" onClick={() => onMove(date)}>
        Move
      </Button>
    </div>
  );
}
