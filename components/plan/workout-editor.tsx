'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { PlanEditor } from '@/lib/store/plan-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { FormError } from '@/components/ui/form-error';

/** Editing a workout locks it: the adapting engine then plans around the athlete's choice. */
export function WorkoutEditor({
  workout,
  editor,
  onDone,
}: {
  workout: StoredWorkout;
  editor: PlanEditor;
  onDone: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const durationMin = Number(form.get('durationMin'));
    try {
      editor.editWorkout(workout.id, {
        title: String(form.get('title') ?? workout.title).slice(0, 200),
        date: String(form.get('date') ?? workout.date),
        durationMin: Number.isFinite(durationMin) ? durationMin : workout.durationMin,
      });
      editor.setWorkoutNotes(workout.id, String(form.get('notes') ?? ''));
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      onSubmit={submit}
      className="mt-2 grid gap-3 rounded-lg bg-slate-100 p-3 dark:bg-slate-800"
      aria-label={`Edit ${workout.title}`}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Title" name="title" defaultValue={workout.title} required />
        <Field label="Date" name="date" type="date" defaultValue={workout.date} required />
        <Field
          label="Duration (min)"
          name="durationMin"
          type="number"
          min={0}
          max={600}
          defaultValue={workout.durationMin}
          required
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`notes-${workout.id}`} className="text-sm font-medium">
          Notes
        </label>
        <textarea
          id={`notes-${workout.id}`}
          name="notes"
          rows={2}
          defaultValue={workout.notes}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
        />
      </div>
      <p className="text-xs">
        Saving locks this workout so plan adjustments leave it as you set it.
      </p>
      <div className="flex gap-2">
        <Button type="submit">Save and lock</Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      <FormError error={error} />
    </form>
  );
}
