import * as Y from 'yjs';
import type { PlannedWorkout } from '@/engine/workout/types';
import { readFields } from './read-fields';
import {
  lockedBySchema,
  planMetaDefaults,
  planMetaSchema,
  plannedWorkoutSchema,
  planWeekSchema,
  raceResultSchema,
  workoutStatusSchema,
  type PlanMeta,
  type PlanWeek,
  type StoredRaceResult,
  type StoredWorkout,
} from './workout-schema';

export type StoredPlan = {
  meta: PlanMeta;
  weeks: PlanWeek[];
  workouts: StoredWorkout[];
  /** Race and test results the athlete entered, oldest first. */
  results: StoredRaceResult[];
};

/** What a new plan must say about itself; what older callers leave out reads as the default. */
export type NewPlanMeta = Pick<PlanMeta, 'title' | 'sport' | 'goal' | 'raceDate' | 'createdAt'> &
  Partial<PlanMeta>;

/** Writes a freshly generated plan into an empty plan document. */
export function writeNewPlan(
  doc: Y.Doc,
  meta: NewPlanMeta,
  weeks: PlanWeek[],
  workouts: PlannedWorkout[],
): void {
  doc.transact(() => {
    const metaMap = doc.getMap('plan');
    const full = planMetaSchema.parse({ ...planMetaDefaults, ...meta });
    for (const [key, value] of Object.entries(full)) metaMap.set(key, value);
    const weekArray = doc.getArray('weeks');
    weekArray.push(weeks.map((w) => planWeekSchema.parse(w)));
    const workoutMap = doc.getMap<Y.Map<unknown>>('workouts');
    for (const workout of workouts) workoutMap.set(workout.id, workoutToMap(workout));
  });
}

export function workoutToMap(workout: PlannedWorkout): Y.Map<unknown> {
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
  return { meta, weeks, workouts, results: readResults(doc) };
}

export function readWorkout(map: Y.Map<unknown>): StoredWorkout | null {
  const json = map.toJSON() as Record<string, unknown>;
  const parsed = plannedWorkoutSchema.safeParse({ ...json, locked: json.locked ?? false });
  if (!parsed.success) return null;
  const status = workoutStatusSchema.safeParse(json.status);
  const lockedBy = lockedBySchema.safeParse(json.lockedBy);
  const notes = map.get('notes');
  return {
    ...parsed.data,
    status: status.success ? status.data : 'planned',
    notes: notes instanceof Y.Text ? notes.toString() : '',
    activityId: typeof json.activityId === 'string' ? json.activityId : null,
    lockedBy: lockedBy.success ? lockedBy.data : 'athlete',
  };
}

function readResults(doc: Y.Doc): StoredRaceResult[] {
  const results: StoredRaceResult[] = [];
  for (const value of doc.getMap('results').values()) {
    const parsed = raceResultSchema.safeParse(value);
    if (parsed.success) results.push(parsed.data);
  }
  return results.sort((a, b) => a.date.localeCompare(b.date) || a.distanceM - b.distanceM);
}

/** One result per day and distance: entering it again corrects it. */
const resultKey = (r: Pick<StoredRaceResult, 'date' | 'distanceM'>) => `${r.date}|${r.distanceM}`;

export function addRaceResult(doc: Y.Doc, result: StoredRaceResult): void {
  const parsed = raceResultSchema.parse(result);
  doc.getMap('results').set(resultKey(parsed), parsed);
}

export function removeRaceResult(doc: Y.Doc, result: StoredRaceResult): void {
  doc.getMap('results').delete(resultKey(result));
}

export function workoutMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = doc.getMap('workouts').get(id);
  if (!(map instanceof Y.Map)) throw new Error(`No workout ${id} in this plan.`);
  return map;
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

/** The paces the plan's targets now come from (after an accepted race or test result). */
export function setPaceBasis(doc: Y.Doc, basis: PlanMeta['paceBasis']): void {
  doc.getMap('plan').set('paceBasis', planMetaSchema.shape.paceBasis.parse(basis));
}

/** The fields a person may change; changing any of them locks the workout. */
export type WorkoutEdit = Partial<
  Pick<PlannedWorkout, 'date' | 'type' | 'title' | 'description' | 'durationMin' | 'steps'>
>;

/** A person's edit: the changed fields are written and the workout is locked against adaptation. */
export function editWorkout(doc: Y.Doc, id: string, edit: WorkoutEdit): void {
  const map = workoutMap(doc, id);
  const current = readWorkout(map);
  if (!current) throw new Error(`Workout ${id} cannot be read.`);
  const { status: _s, notes: _n, activityId: _a, lockedBy: _b, ...engineFields } = current;
  const next = plannedWorkoutSchema.parse({ ...engineFields, ...edit, locked: true });
  doc.transact(() => {
    for (const key of Object.keys(edit) as (keyof WorkoutEdit)[]) map.set(key, next[key]);
    map.set('locked', true);
    map.set('lockedBy', 'athlete');
  });
}

/** Done (with the activity that did it, when there is one), skipped, or back to planned. */
export function setWorkoutStatus(
  doc: Y.Doc,
  id: string,
  status: StoredWorkout['status'],
  activityId: string | null = null,
): void {
  const map = workoutMap(doc, id);
  doc.transact(() => {
    map.set('status', workoutStatusSchema.parse(status));
    map.set('activityId', status === 'done' ? activityId : null);
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
