import * as Y from 'yjs';
import { planEditor, type PlanEditor } from './plan-editor';
import type { LockedBy } from './workout-schema';
import {
  attributionSchema,
  historyEntrySchema,
  type Attribution,
  type Author,
  type HistoryEntry,
  type WorkoutAttribution,
} from './plan-history-schema';

export type { Attribution, Author, HistoryEntry, WorkoutAttribution };

/** Where the plan document keeps every person's edit, in the order Yjs merged them. */
const HISTORY = 'history';
/** Fields on a workout's own map: who changed it last, and who locked it against adaptation. */
const LAST_EDIT = 'lastEdit';
/** Who locked it, by name and time; `lockedBy` on the same map says whether athlete or coach. */
const LOCK_STAMP = 'lockStamp';
/** Long notes are cut in the history; the full text stays in the workout's own Y.Text. */
const MAX_TEXT_CHARS = 500;

export type Clock = () => Date;
export type MakeId = () => string;

function workoutMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = doc.getMap('workouts').get(id);
  if (!(map instanceof Y.Map)) throw new Error(`No workout ${id} in this plan.`);
  return map;
}

function plainValue(value: unknown): unknown {
  const plain = value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
  if (typeof plain === 'string' && plain.length > MAX_TEXT_CHARS)
    return `${plain.slice(0, MAX_TEXT_CHARS)}…`;
  return plain ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies `write` and, in the same Yjs transaction, appends one history entry per field it
 * really changed, with the author written beside the change. A replica that receives the update
 * receives the author with it: attribution is recorded, never inferred from who sent what.
 */
function recordEdit<T>(
  doc: Y.Doc,
  workoutId: string,
  fields: string[],
  write: () => T,
  options: { author: Author; locks: LockedBy | null; clock: Clock; makeId: MakeId },
): T {
  const map = workoutMap(doc, workoutId);
  let result: T | undefined;
  doc.transact(() => {
    const before = fields.map((field) => plainValue(map.get(field)));
    result = write();
    const at = options.clock().toISOString();
    const stamp: Attribution = { authorId: options.author.id, authorName: options.author.name, at };
    const entries: HistoryEntry[] = [];
    fields.forEach((field, i) => {
      const to = plainValue(map.get(field));
      if (same(before[i], to)) return;
      entries.push({ id: options.makeId(), workoutId, field, from: before[i], to, ...stamp });
    });
    if (entries.length === 0) return;
    doc.getArray<HistoryEntry>(HISTORY).push(entries);
    map.set(LAST_EDIT, stamp);
    if (options.locks && map.get('locked') === true) {
      map.set('lockedBy', options.locks);
      map.set(LOCK_STAMP, stamp);
    }
  });
  return result as T;
}

/**
 * The plan editor for one signed-in person (athlete or coach): the same typed, undoable edits as
 * `planEditor`, each recorded with its author; an edit that locks a workout says whether the
 * athlete or their coach set it. Adaptations are the engine's, not a person's, so they are not
 * attributed and never touch a locked workout.
 */
export function attributedPlanEditor(
  doc: Y.Doc,
  author: Author,
  role: LockedBy,
  clock: Clock = () => new Date(),
  makeId: MakeId = () => crypto.randomUUID(),
): PlanEditor {
  const base = planEditor(doc);
  const run = <T>(id: string, fields: string[], write: () => T, locks: boolean): T =>
    recordEdit(doc, id, fields, write, { author, locks: locks ? role : null, clock, makeId });
  return {
    ...base,
    editWorkout: (id, edit) => run(id, Object.keys(edit), () => base.editWorkout(id, edit), true),
    moveWorkout: (id, date) => run(id, ['date'], () => base.moveWorkout(id, date), true),
    unlockWorkout: (id) => run(id, ['locked'], () => base.unlockWorkout(id), false),
    setWorkoutStatus: (id, status, activityId) =>
      run(id, ['status'], () => base.setWorkoutStatus(id, status, activityId), false),
    setWorkoutNotes: (id, notes) =>
      run(id, ['notes'], () => base.setWorkoutNotes(id, notes), false),
  };
}

/** Every recorded edit, oldest first (by time, then id, so every replica lists them alike). */
export function readHistory(doc: Y.Doc, workoutId?: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const raw of doc.getArray(HISTORY).toArray()) {
    const parsed = historyEntrySchema.safeParse(raw);
    if (!parsed.success) continue;
    if (workoutId === undefined || parsed.data.workoutId === workoutId) entries.push(parsed.data);
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Who changed a workout last and who locked it; nulls for a workout nobody has touched. */
export function readAttribution(doc: Y.Doc, workoutId: string): WorkoutAttribution {
  const map = doc.getMap('workouts').get(workoutId);
  if (!(map instanceof Y.Map)) return { lastEdit: null, lockedBy: null };
  const last = attributionSchema.safeParse(map.get(LAST_EDIT));
  const locked =
    map.get('locked') === true ? attributionSchema.safeParse(map.get(LOCK_STAMP)) : null;
  return {
    lastEdit: last.success ? last.data : null,
    lockedBy: locked?.success ? locked.data : null,
  };
}

/** Attribution of every workout in the plan, keyed by workout id. */
export function readAttributions(doc: Y.Doc): Map<string, WorkoutAttribution> {
  const result = new Map<string, WorkoutAttribution>();
  for (const id of doc.getMap('workouts').keys()) result.set(id, readAttribution(doc, id));
  return result;
}

export type HistoryLine = HistoryEntry & {
  /** The value this edit set is not what the workout holds now: another edit replaced it. */
  replaced: boolean;
};

/**
 * A workout's history with each edit marked when its value did not last. When two people changed
 * the same field offline, Yjs keeps one value on every replica alike; the other stays here.
 */
export function historyLines(doc: Y.Doc, workoutId: string): HistoryLine[] {
  const map = doc.getMap('workouts').get(workoutId);
  const current = (field: string) => (map instanceof Y.Map ? plainValue(map.get(field)) : null);
  return readHistory(doc, workoutId).map((entry) => ({
    ...entry,
    replaced: !same(entry.to, current(entry.field)),
  }));
}
