import * as Y from 'yjs';
import type { PlanChange } from '@/engine/plan/adapt-plan';
import type { PlannedWorkout } from '@/engine/workout/types';
import {
  addRaceResult,
  applyAdaptedWorkout,
  editWorkout,
  readPlan,
  removeRaceResult,
  setPaceBasis,
  setWorkoutNotes,
  setWorkoutStatus,
  workoutMap,
  type WorkoutEdit,
} from './plan-doc';
import {
  plannedWorkoutSchema,
  type PlanMeta,
  type StoredRaceResult,
  type WorkoutStatus,
} from './workout-schema';

/** How one workout looked before a change: its fields, or null when it did not exist. */
type WorkoutSnapshot = { id: string; fields: Record<string, unknown> | null; notes: string };

/** What it takes to put the plan back as it was before one action. */
export type PlanUndo = { workouts: WorkoutSnapshot[]; paceBasis?: PlanMeta['paceBasis'] };

function snapshot(doc: Y.Doc, ids: string[]): WorkoutSnapshot[] {
  return ids.map((id) => {
    const map = doc.getMap('workouts').get(id);
    if (!(map instanceof Y.Map)) return { id, fields: null, notes: '' };
    const { notes, ...fields } = map.toJSON() as Record<string, unknown>;
    return { id, fields, notes: typeof notes === 'string' ? notes : '' };
  });
}

/** Puts each workout back as it was; the notes' text is kept unless the workout had gone. */
export function undoPlanAction(doc: Y.Doc, undo: PlanUndo): void {
  const workouts = doc.getMap<Y.Map<unknown>>('workouts');
  doc.transact(() => {
    for (const { id, fields, notes } of undo.workouts) {
      if (fields === null) {
        workouts.delete(id);
        continue;
      }
      let map = workouts.get(id);
      if (!(map instanceof Y.Map)) {
        map = new Y.Map<unknown>();
        workouts.set(id, map);
        map.set('notes', new Y.Text(notes));
      }
      for (const key of [...map.keys()]) if (key !== 'notes' && !(key in fields)) map.delete(key);
      for (const [key, value] of Object.entries(fields))
        if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
    if (undo.paceBasis) setPaceBasis(doc, undo.paceBasis);
  });
}

function undoable(doc: Y.Doc, ids: string[], act: () => void): PlanUndo {
  const before = snapshot(doc, ids);
  act();
  return { workouts: before };
}

/** A person moved it: a move is an edit, so the workout is locked on its new day. */
export function moveWorkout(doc: Y.Doc, id: string, date: string): PlanUndo {
  return undoable(doc, [id], () => editWorkout(doc, id, { date }));
}

/** Lets the plan adjust this workout again. */
export function unlockWorkout(doc: Y.Doc, id: string): PlanUndo {
  return undoable(doc, [id], () => {
    const map = workoutMap(doc, id);
    doc.transact(() => {
      map.set('locked', false);
      map.delete('lockedBy');
    });
  });
}

/**
 * An accepted change from adaptation. A moved session keeps its place in the document (its id)
 * and takes the new day; an easy session it replaces makes way unless a person set it. Locked
 * workouts are never touched.
 */
export function applyPlanChange(
  doc: Y.Doc,
  change: PlanChange,
): { outcome: 'applied' | 'locked'; undo: PlanUndo } {
  const ids = [change.workoutId, ...(change.replaces ? [change.replaces] : [])];
  const before = snapshot(doc, ids);
  const current = readPlan(doc).workouts.find((w) => w.id === change.workoutId);
  if (!current || current.locked) return { outcome: 'locked', undo: { workouts: [] } };
  const after: PlannedWorkout = plannedWorkoutSchema.parse({ ...change.after, id: current.id });
  doc.transact(() => {
    applyAdaptedWorkout(doc, after);
    const replaced = change.replaces ? doc.getMap('workouts').get(change.replaces) : undefined;
    if (replaced instanceof Y.Map && replaced.get('locked') !== true)
      doc.getMap('workouts').delete(change.replaces!);
  });
  return { outcome: 'applied', undo: { workouts: before } };
}

/** What the app may do to one open plan: typed edits, each person's action undoable. */
export type PlanEditor = {
  editWorkout(id: string, edit: WorkoutEdit): PlanUndo;
  moveWorkout(id: string, date: string): PlanUndo;
  unlockWorkout(id: string): PlanUndo;
  setWorkoutStatus(id: string, status: WorkoutStatus, activityId?: string | null): PlanUndo;
  setWorkoutNotes(id: string, notes: string): void;
  applyAdaptedWorkout(workout: PlannedWorkout): 'applied' | 'locked';
  applyChange(change: PlanChange): { outcome: 'applied' | 'locked'; undo: PlanUndo };
  /** New paces after an accepted result; returns how to put the old ones back. */
  setPaceBasis(basis: PlanMeta['paceBasis']): PlanUndo;
  addRaceResult(result: StoredRaceResult): void;
  removeRaceResult(result: StoredRaceResult): void;
  undo(undo: PlanUndo): void;
};

export function planEditor(doc: Y.Doc): PlanEditor {
  return {
    editWorkout: (id, edit) => undoable(doc, [id], () => editWorkout(doc, id, edit)),
    moveWorkout: (id, date) => moveWorkout(doc, id, date),
    unlockWorkout: (id) => unlockWorkout(doc, id),
    setWorkoutStatus: (id, status, activityId = null) =>
      undoable(doc, [id], () => setWorkoutStatus(doc, id, status, activityId)),
    setWorkoutNotes: (id, notes) => setWorkoutNotes(doc, id, notes),
    applyAdaptedWorkout: (workout) => applyAdaptedWorkout(doc, workout),
    applyChange: (change) => applyPlanChange(doc, change),
    setPaceBasis: (basis) => {
      const previous = readPlan(doc).meta.paceBasis;
      setPaceBasis(doc, basis);
      return { workouts: [], paceBasis: previous };
    },
    addRaceResult: (result) => addRaceResult(doc, result),
    removeRaceResult: (result) => removeRaceResult(doc, result),
    undo: (undo) => undoPlanAction(doc, undo),
  };
}
