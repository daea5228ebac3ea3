import * as Y from 'yjs';
import type { PlannedWorkout } from '@/engine/workout/types';
import { readFields } from './read-fields';
import {
  planMetaDefaults,
  planMetaSchema,
  plannedWorkoutSchema,
  planWeekSchema,
  workoutStatusSchema,
  type PlanMeta,
  type PlanWeek,
  type StoredWorkout,
  type WorkoutStatus,
} from './workout-schema';

export type StoredPlan = { meta: PlanMeta; weeks: PlanWeek[]; workouts: StoredWorkout[] };

/** The fields a person may change; changing any of them locks the workout. */
export type WorkoutEdit = Partial<
  Pick<PlannedWorkout, 'date' | 'type' | 'title' | 'description' | 'durationMin' | 'steps'>
>;

/** Writes a freshly generated plan into an empty plan document. */
export function writeNewPlan(
  doc: Y.Doc,
  meta: PlanMeta,
  weeks: PlanWeek[],
  workouts: PlannedWorkout[],
): void {
  doc.transact(() => {
    const metaMap = doc.getMap('plan');
    for (const [key, value] of Object.entries(planMetaSchema.parse(meta))) metaMap.set(key, value);
    const weekArray = doc.getArray('weeks');
    weekArray.push(weeks.map((w) => planWeekSchema.parse(w)));
    const workoutMap = doc.getMap<Y.Map<unknown>>('workouts');
    for (const workout of workouts) workoutMap.set(workout.id, workoutToMap(workout));
  });
}

function workoutToMap(workout: PlannedWorkout): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(plannedWorkoutSchema.parse(workout))) {
    map.set(key, value);
  }
  map.set('status', 'planned');
  map.set('notes', new Y.Text());
  return map;
}

export function readPlan(doc: Y.Doc): StoredPlan {
  const meta = readFields(planMetaSchema, planMetaDefaults, doc.getMap('plan').toJSON());
  const weeks = doc
    .getArray('weeks')
    .toArray()
    .flatMap((w) => {
      const parsed = planWeekSchema.safeParse(w);
      return parsed.success ? [parsed.data] : [];
    });
  const workouts: StoredWorkout[] = [];
  for (const value of doc.getMap('workouts').values()) {
    if (!(value instanceof Y.Map)) continue;
    const workout = readWorkout(value);
    if (workout) workouts.push(workout);
  }
  workouts.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { meta, weeks, workouts };
}

function readWorkout(map: Y.Map<unknown>): StoredWorkout | null {
  const json = map.toJSON() as Record<string, unknown>;
  const parsed = plannedWorkoutSchema.safeParse({ ...json, locked: json.locked ?? false });
  if (!parsed.success) return null;
  const status = workoutStatusSchema.safeParse(json.status);
  const notes = map.get('notes');
  return {
    ...parsed.data,
    status: status.success ? status.data : 'planned',
    notes: notes instanceof Y.Text ? notes.toString() : '',
  };
}

function workoutMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = doc.getMap('workouts').get(id);
  if (!(map instanceof Y.Map)) throw new Error(`No workout ${id} in this plan.`);
  return map;
}

/** A person's edit: the changed fields are written and the workout is locked against adaptation. */
export function editWorkout(doc: Y.Doc, id: string, edit: WorkoutEdit): void {
  const map = workoutMap(doc, id);
  const current = readWorkout(map);
  if (!current) throw new Error(`Workout ${id} cannot be read.`);
  const { status: _s, notes: _n, ...engineFields } = current;
  const next = plannedWorkoutSchema.parse({ ...engineFields, ...edit, locked: true });
  doc.transact(() => {
    for (const key of Object.keys(edit) as (keyof WorkoutEdit)[]) map.set(key, next[key]);
    map.set('locked', true);
  });
}

export function setWorkoutStatus(doc: Y.Doc, id: string, status: WorkoutStatus): void {
  workoutMap(doc, id).set('status', workoutStatusSchema.parse(status));
}

/** Notes merge character by character; this replaces the text with the athlete's new version. */
export function setWorkoutNotes(doc: Y.Doc, id: string, notes: string): void {
  const map = workoutMap(doc, id);
  doc.transact(() => {
    let text = map.get('notes');
    if (!(text instanceof Y.Text)) {
      text = new Y.Text();
      map.set('notes', text);
    }
    const yText = text as Y.Text;
    if (yText.toString() === notes) return;
    yText.delete(0, yText.length);
    yText.insert(0, notes);
  });
}

/**
 * An accepted adaptation from the engine. Locked workouts are never touched, whatever the engine
 * proposed: the person's edit wins.
 */
export function applyAdaptedWorkout(doc: Y.Doc, workout: PlannedWorkout): 'applied' | 'locked' {
  const existing = doc.getMap('workouts').get(workout.id);
  if (existing instanceof Y.Map) {
    if (existing.get('locked') === true) return 'locked';
    const parsed = plannedWorkoutSchema.parse({ ...workout, locked: false });
    doc.transact(() => {
      for (const [key, value] of Object.entries(parsed)) {
        if (JSON.stringify(existing.get(key)) !== JSON.stringify(value)) existing.set(key, value);
      }
    });
    return 'applied';
  }
  doc.getMap<Y.Map<unknown>>('workouts').set(workout.id, workoutToMap(workout));
  return 'applied';
}

/** What the app may do to one open plan: typed edits, no raw document. */
export type PlanEditor = {
  editWorkout(id: string, edit: WorkoutEdit): void;
  setWorkoutStatus(id: string, status: WorkoutStatus): void;
  setWorkoutNotes(id: string, notes: string): void;
  applyAdaptedWorkout(workout: PlannedWorkout): 'applied' | 'locked';
};

export function planEditor(doc: Y.Doc): PlanEditor {
  return {
    editWorkout: (id, edit) => editWorkout(doc, id, edit),
    setWorkoutStatus: (id, status) => setWorkoutStatus(doc, id, status),
    setWorkoutNotes: (id, notes) => setWorkoutNotes(doc, id, notes),
    applyAdaptedWorkout: (workout) => applyAdaptedWorkout(doc, workout),
  };
}
