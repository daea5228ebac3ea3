'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { fromDraft, toDraft, type DraftBlock } from '@/lib/plans/step-draft';
import { stepsMinutes, withDuration } from '@/lib/plans/step-duration';
import type { PlanEditor, PlanUndo } from '@/lib/store/plan-editor';
import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { StepBlocks } from './step-blocks';
import { tallOnTouch } from './touch';

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
 * The workout's length: it follows the steps until the athlete types one; then saving fits the
 * warm-up, steady and cool-down steps to it, or says plainly why it cannot.
 */
function DurationField(props: {
  fromSteps: number | null;
  typed: string | null;
  storedMin: number;
  onTyped: (text: string | null) => void;
}) {
  const { fromSteps, typed } = props;
  const differs = typed !== null && fromSteps !== null && typed.trim() !== String(fromSteps);
  return (
    <div className="grid gap-1">
      <Field
        label="Duration (min)"
        name="durationMin"
        type="number"
        min={1}
        max={600}
        value={typed ?? String(fromSteps ?? props.storedMin)}
        onChange={(e) => props.onTyped(e.currentTarget.value)}
        hint={
          fromSteps === null
            ? 'The steps cannot be timed (an open or heart-rate-only step), so set it here.'
            : differs
              ? `The steps take about ${fromSteps} min. Saving fits the warm-up, steady and cool-down steps to ${typed} min.`
              : `Follows the steps: they take about ${fromSteps} min.`
        }
        required
      />
      {differs ? (
        <button
          type="button"
          onClick={() => props.onTyped(null)}
          className={`${tallOnTouch} justify-self-start text-sm text-link underline`}
        >
          Keep the steps’ {fromSteps} min
        </button>
      ) : null}
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
  onDirty,
}: {
  workout: StoredWorkout;
  units: Units;
  editor: PlanEditor;
  onSaved: (undo: PlanUndo) => void;
  onCancel: () => void;
  /** Told once the draft differs from what is saved, so closing can ask first. */
  onDirty: () => void;
}) {
  const [blocks, setBlocks] = useState<DraftBlock[]>(() => toDraft(workout.steps, units));
  const [errors, setErrors] = useState<string[]>([]);
  const checked = useMemo(
    () => fromDraft(blocks, units, workout.steps),
    [blocks, units, workout.steps],
  );
  const fromSteps = checked.ok ? stepsMinutes(checked.steps) : null;
  // Null until the athlete types a length: until then it follows the steps.
  const [typed, setTyped] = useState<string | null>(null);
  const changeBlocks = (update: (all: DraftBlock[]) => DraftBlock[]) => {
    setBlocks(update);
    onDirty();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checked.ok) return setErrors(checked.errors);
    const form = new FormData(event.currentTarget);
    const fitted = withDuration(checked.steps, typed, workout.durationMin);
    if ('error' in fitted) return setErrors([fitted.error]);
    try {
      const undo = editor.editWorkout(workout.id, {
        title: String(form.get('title') ?? workout.title).slice(0, 200),
        durationMin: fitted.durationMin,
        steps: fitted.steps,
      });
      editor.setWorkoutNotes(workout.id, String(form.get('notes') ?? ''));
      onSaved(undo);
    } catch (e) {
      setErrors([e instanceof Error ? e.message : String(e)]);
    }
  };

  return (
    <form
      onSubmit={submit}
      onInput={onDirty}
      aria-label={`Edit ${workout.title}`}
      className="grid gap-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Title" name="title" defaultValue={workout.title} required />
        <DurationField
          fromSteps={fromSteps}
          typed={typed}
          storedMin={workout.durationMin}
          onTyped={setTyped}
        />
      </div>
      <StepBlocks blocks={blocks} units={units} sport={workout.sport} onBlocks={changeBlocks} />
      <NotesField id={`notes-${workout.id}`} notes={workout.notes} />
      <p className="text-xs">
        Saving locks this workout so plan adjustments leave it as you set it.
      </p>
      {errors.length > 0 ? <FormError error={errors.join(' ')} /> : null}
      <div className="flex gap-2">
        <Button className={tallOnTouch} type="submit">
          Save and lock
        </Button>
        <Button className={tallOnTouch} variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
