'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { fromDraft, toDraft, type DraftBlock } from '@/lib/plans/step-draft';
import { stepsMinutes } from '@/lib/plans/step-duration';
import type { PlanEditor, PlanUndo } from '@/lib/store/plan-editor';
import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { StepBlocks } from './step-blocks';

function NotesField({ id, notes }: { id: string; notes: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Notes
      </label>
      <textarea
        id={id}
        name="notes"
        rows={2}
        defaultValue={notes}
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      />
    </div>
  );
}

/**
 * The structured-step editor: warm-up, repeats of work and rest, cool-down, each step's length and
 * targets. Checked with the engine's workout schema on save; saving locks the workout.
 */
export function StepEditor({
  workout,
  units,
  editor,
  onSaved,
  onCancel,
}: {
  workout: StoredWorkout;
  units: Units;
  editor: PlanEditor;
  onSaved: (undo: PlanUndo) => void;
  onCancel: () => void;
}) {
  const [blocks, setBlocks] = useState<DraftBlock[]>(() => toDraft(workout.steps, units));
  const [minutes, setMinutes] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const checked = useMemo(
    () => fromDraft(blocks, units, workout.steps),
    [blocks, units, workout.steps],
  );
  const fromSteps = checked.ok ? stepsMinutes(checked.steps) : null;
  const duration = minutes ?? String(fromSteps ?? workout.durationMin);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checked.ok) return setErrors(checked.errors);
    const form = new FormData(event.currentTarget);
    const durationMin = Number(duration);
    try {
      const undo = editor.editWorkout(workout.id, {
        title: String(form.get('title') ?? workout.title).slice(0, 200),
        durationMin: Number.isFinite(durationMin) ? durationMin : workout.durationMin,
        steps: checked.steps,
      });
      editor.setWorkoutNotes(workout.id, String(form.get('notes') ?? ''));
      onSaved(undo);
    } catch (e) {
      setErrors([e instanceof Error ? e.message : String(e)]);
    }
  };

  return (
    <form onSubmit={submit} aria-label={`Edit ${workout.title}`} className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Title" name="title" defaultValue={workout.title} required />
        <Field
          label="Duration (min)"
          name="durationMin"
          type="number"
          min={0}
          max={600}
          value={duration}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          hint={fromSteps !== null ? `The steps take about ${fromSteps} min.` : undefined}
          required
        />
      </div>
      <StepBlocks blocks={blocks} units={units} sport={workout.sport} onBlocks={setBlocks} />
      <NotesField id={`notes-${workout.id}`} notes={workout.notes} />
      <p className="text-xs">
        Saving locks this workout so plan adjustments leave it as you set it.
      </p>
      {errors.length > 0 ? <FormError error={errors.join(' ')} /> : null}
      <div className="flex gap-2">
        <Button type="submit">Save and lock</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
