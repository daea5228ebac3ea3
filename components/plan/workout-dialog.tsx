'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useShareViewing } from '@/components/presence/plan-together';
import { Button } from '@/components/ui/button';
import { formatDay } from '@/lib/format/dates';
import { minutesText } from '@/lib/plans/minutes-text';
import type { PlanDone } from '@/lib/plans/plan-activities';
import { workoutFuel, worthFueling } from '@/lib/plans/workout-fuel';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor } from '@/lib/store/plan-editor';
import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { DiscardConfirm, DoneEditConfirm } from './edit-guards';
import { FuelNote } from './fuel-note';
import { MoveMenu } from './move-menu';
import { moveWithinPlan } from './move-workout';
import { StepEditor } from './step-editor';
import { tallOnTouch } from './touch';
import { WorkoutStatus, type Announce } from './workout-status';
import { LockNote, TargetAssumptions } from './workout-notes';
import { WorkoutSteps } from './workout-steps';
import { LastChange, WorkoutTogether } from './workout-together';
import { TYPE_NAMES, workoutName } from './workout-text';

type DialogProps = {
  workout: StoredWorkout;
  plan: StoredPlan;
  editor: PlanEditor;
  units: Units;
  today: string;
  done: readonly PlanDone[];
  announce: Announce;
  onClose: () => void;
};

/** The workout as it stands: lock, done or skipped, steps and targets, fuel, move and edit. */
function WorkoutDetails(props: DialogProps & { onEdit: () => void }) {
  const { workout: w, plan, editor, units, announce, onEdit } = props;
  const name = workoutName(w);
  return (
    <div className="grid gap-3">
      <LockNote
        workout={w}
        onUnlock={() =>
          announce(`${name} unlocked: the plan may adjust it again.`, editor.unlockWorkout(w.id))
        }
      />
      <WorkoutStatus
        workout={w}
        workouts={plan.workouts}
        done={props.done}
        today={props.today}
        units={units}
        editor={editor}
        announce={announce}
      />
      <WorkoutSteps workout={w} units={units} />
      <TargetAssumptions plan={plan} />
      {w.description ? <p className="text-sm">{w.description}</p> : null}
      {w.notes ? <p className="text-sm italic">{w.notes}</p> : null}
      {worthFueling(w) ? <FuelNote fuel={workoutFuel(w)} /> : null}
      <MoveMenu
        workout={w}
        plan={plan}
        today={props.today}
        onMove={(date) => moveWithinPlan(plan, editor, props.today, announce, w, date)}
      />
      <div>
        <Button variant="secondary" className={tallOnTouch} onClick={onEdit}>
          Edit steps and details
        </Button>
      </div>
    </div>
  );
}

/**
 * The step editor's guard: once its draft differs from what is saved, Escape and Close
 * ask before dropping it (the draft stays on screen while they ask).
 */
function useDraftGuard(close: () => void) {
  const [editing, setEditingState] = useState<'no' | 'confirmDone' | 'yes'>('no');
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const setEditing = (next: typeof editing) => {
    setEditingState(next);
    setDirty(false);
    setAsking(false);
  };
  const guarded = editing === 'yes' && dirty;
  /** Escape is stopped at its keydown: a cancelled keydown makes no close request at all. */
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !guarded) return;
    e.preventDefault();
    setAsking(true);
  };
  const onCancel = (e: SyntheticEvent) => {
    if (!guarded) return;
    e.preventDefault();
    setAsking(true);
  };
  const requestClose = () => (guarded ? setAsking(true) : close());
  return {
    editing,
    setEditing,
    asking,
    keepEditing: () => setAsking(false),
    markDirty: () => setDirty(true),
    dialogProps: { onKeyDown, onCancel },
    requestClose,
  };
}

/**
 * One workout in full, as a modal dialog: its steps and targets, fuel, done or skipped, move,
 * edit and unlock. Escape or Close shuts it and the calendar puts focus back on the workout;
 * with unsaved edits in the step editor they ask first.
 */
export function WorkoutDialog(props: DialogProps) {
  const { workout: w, editor, units, announce, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const guard = useDraftGuard(() => ref.current?.close());
  // The others see a ring on this workout, and "editing" once the step editor is open.
  useShareViewing(w.id, guard.editing === 'yes');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const name = workoutName(w);
  return (
    <dialog
      ref={ref}
      aria-labelledby="workout-dialog-title"
      onClose={onClose}
      {...guard.dialogProps}
      className="m-auto max-h-[90dvh] w-[min(40rem,calc(100vw-1rem))] overflow-y-auto rounded-xl bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="mb-3 flex items-start justify-between gap-2">
        <div>
          <h2 id="workout-dialog-title" className="text-xl font-semibold">
            {name}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {formatDay(w.date, { weekday: 'long' })} · {TYPE_NAMES[w.type]} ·{' '}
            {minutesText(w.durationMin)}
          </p>
          <LastChange workoutId={w.id} />
        </div>
        <Button variant="quiet" size="touch" onClick={guard.requestClose} aria-label="Close">
          ✕
        </Button>
      </div>
      {guard.asking ? (
        <DiscardConfirm onKeep={guard.keepEditing} onDiscard={() => ref.current?.close()} />
      ) : null}
      {guard.editing === 'yes' ? (
        <StepEditor
          workout={w}
          units={units}
          editor={editor}
          onSaved={(undo) => {
            announce(`${name} saved and locked.`, undo);
            guard.setEditing('no');
          }}
          onCancel={() => guard.setEditing('no')}
          onDirty={guard.markDirty}
        />
      ) : guard.editing === 'confirmDone' ? (
        <DoneEditConfirm
          onEdit={() => guard.setEditing('yes')}
          onKeep={() => guard.setEditing('no')}
        />
      ) : (
        <WorkoutDetails
          {...props}
          onEdit={() => guard.setEditing(w.status === 'done' ? 'confirmDone' : 'yes')}
        />
      )}
      <WorkoutTogether workoutId={w.id} />
    </dialog>
  );
}
