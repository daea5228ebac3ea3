import type * as Y from 'yjs';
import {
  activitySubjectiveDefaults,
  activitySubjectiveSchema,
  activitySummarySchema,
  type ActivitySubjective,
  type ActivitySummary,
} from './activity-summary-schema';
import { parseField, readFields } from './read-fields';

/**
 * One activity as the app shows it: the stored summary with the athlete's corrections applied.
 * `sport` is the corrected sport (`recordedSport` what the file said); `title` is the athlete's
 * name for it, else the file's own, else null (views then name it by sport and date).
 */
export type ActivityEntry = Omit<ActivitySummary, 'sport'> &
  Omit<ActivitySubjective, 'sport' | 'title' | 'deletedAt'> & {
    sport: string;
    recordedSport: string;
    title: string | null;
    /** The athlete's own title, null when they have not renamed it. */
    customTitle: string | null;
  };

/**
 * Typed access to `<a>/activities`. The objective summary is written once and never changed;
 * what the athlete adds (RPE, notes, planned workout link) is per field, latest edit wins.
 */
export function addActivitySummary(doc: Y.Doc, summary: ActivitySummary): 'added' | 'exists' {
  const summaries = doc.getMap('summaries');
  if (summaries.has(summary.id)) return 'exists';
  summaries.set(summary.id, activitySummarySchema.parse(summary));
  return 'added';
}

// Summaries never change once written, so each stored object is validated once.
const validated = new WeakMap<object, ActivitySummary | null>();

function validSummary(value: unknown): ActivitySummary | null {
  if (typeof value !== 'object' || value === null) return null;
  let summary = validated.get(value);
  if (summary === undefined) {
    const parsed = activitySummarySchema.safeParse(value);
    summary = parsed.success ? parsed.data : null;
    validated.set(value, summary);
  }
  return summary;
}

/** Whether an activity of this sport starting at this instant is already listed. */
export function hasActivityAt(doc: Y.Doc, startTime: string, sport: string): boolean {
  for (const value of doc.getMap('summaries').values()) {
    const summary = validSummary(value);
    if (summary && summary.startTime === startTime && summary.sport === sport) return true;
  }
  return false;
}

function entryOf(summary: ActivitySummary, own: Record<string, unknown>) {
  const subjective = readFields(activitySubjectiveSchema, activitySubjectiveDefaults, own);
  const { sport: sportOverride, title, deletedAt, ...rest } = subjective;
  const entry: ActivityEntry = {
    ...summary,
    ...rest,
    sport: sportOverride ?? summary.sport,
    recordedSport: summary.sport,
    title: title ?? summary.name ?? null,
    customTitle: title,
  };
  return { entry, deletedAt };
}

/** Newest first; activities deleted (even if still undoable) are left out. */
export function readActivities(doc: Y.Doc): ActivityEntry[] {
  const subjective = subjectiveById(doc);
  const entries: ActivityEntry[] = [];
  for (const value of doc.getMap('summaries').values()) {
    const summary = validSummary(value);
    if (!summary) continue;
    const { entry, deletedAt } = entryOf(summary, subjective.get(summary.id) ?? {});
    if (deletedAt === null) entries.push(entry);
  }
  return entries.sort((a, b) => b.startTime.localeCompare(a.startTime));
}

/**
 * `readActivities` for a long history without one long task: summaries are validated in slices
 * with a yield to the event loop between them. The result is as of the last slice.
 */
export async function readActivitiesInSlices(
  doc: Y.Doc,
  sliceSize = 100,
): Promise<ActivityEntry[]> {
  const subjective = subjectiveById(doc);
  const values = [...doc.getMap('summaries').values()];
  const entries: ActivityEntry[] = [];
  for (let i = 0; i < values.length; i += sliceSize) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const value of values.slice(i, i + sliceSize)) {
      const summary = validSummary(value);
      if (!summary) continue;
      const { entry, deletedAt } = entryOf(summary, subjective.get(summary.id) ?? {});
      if (deletedAt === null) entries.push(entry);
    }
  }
  return entries.sort((a, b) => b.startTime.localeCompare(a.startTime));
}

/** One activity by id; null when it is not here or has been deleted. */
export function readActivity(doc: Y.Doc, id: string): ActivityEntry | null {
  const summary = validSummary(doc.getMap('summaries').get(id));
  if (!summary) return null;
  const own: Record<string, unknown> = {};
  const prefix = `${id}|`;
  for (const [key, value] of doc.getMap('subjective').entries()) {
    if (key.startsWith(prefix)) own[key.slice(prefix.length)] = value;
  }
  const { entry, deletedAt } = entryOf(summary, own);
  return deletedAt === null ? entry : null;
}

/** Activities deleted but not yet removed, with when: for undo and for the final removal. */
export function deletedActivities(doc: Y.Doc): { id: string; deletedAt: string }[] {
  const out: { id: string; deletedAt: string }[] = [];
  const summaries = doc.getMap('summaries');
  for (const [key, value] of doc.getMap('subjective').entries()) {
    if (!key.endsWith('|deletedAt') || typeof value !== 'string') continue;
    const id = key.slice(0, -'|deletedAt'.length);
    if (summaries.has(id)) out.push({ id, deletedAt: value });
  }
  return out;
}

/** The legs of one multisport event, in order (deleted legs left out). */
export function multisportLegs(doc: Y.Doc, groupId: string): ActivityEntry[] {
  const legs: ActivityEntry[] = [];
  for (const [id, value] of doc.getMap('summaries').entries()) {
    const raw = value as { multisport?: { groupId?: unknown } } | null;
    if (raw?.multisport?.groupId !== groupId) continue;
    const entry = readActivity(doc, id);
    if (entry) legs.push(entry);
  }
  return legs.sort((a, b) => (a.multisport?.index ?? 0) - (b.multisport?.index ?? 0));
}

/**
 * Removes an activity from the list for good: its summary and everything the athlete said about
 * it. Its streams are a separate document, removed by the caller after this.
 */
export function removeActivity(doc: Y.Doc, id: string): void {
  const subjective = doc.getMap('subjective');
  const prefix = `${id}|`;
  doc.transact(() => {
    doc.getMap('summaries').delete(id);
    for (const key of [...subjective.keys()]) if (key.startsWith(prefix)) subjective.delete(key);
  });
}

export function setActivitySubjective<K extends keyof ActivitySubjective>(
  doc: Y.Doc,
  id: string,
  field: K,
  value: ActivitySubjective[K],
): void {
  if (!doc.getMap('summaries').has(id)) throw new Error(`No activity ${id} on this device.`);
  doc
    .getMap('subjective')
    .set(`${id}|${field}`, parseField(activitySubjectiveSchema, field, value));
}

function subjectiveById(doc: Y.Doc): Map<string, Record<string, unknown>> {
  const byId = new Map<string, Record<string, unknown>>();
  for (const [key, value] of doc.getMap('subjective').entries()) {
    const bar = key.indexOf('|');
    if (bar <= 0) continue;
    const id = key.slice(0, bar);
    const own = byId.get(id) ?? {};
    own[key.slice(bar + 1)] = value;
    byId.set(id, own);
  }
  return byId;
}

/** What the app may do to the open activity list: typed edits, no raw document. */
export type ActivitiesEditor = {
  setSubjective<K extends keyof ActivitySubjective>(
    id: string,
    field: K,
    value: ActivitySubjective[K],
  ): void;
  /** Hides the activity; `restore` brings it back until `remove` makes it final. */
  softDelete(id: string, atIso: string): void;
  restore(id: string): void;
  remove(id: string): void;
};

export function activitiesEditor(doc: Y.Doc): ActivitiesEditor {
  return {
    setSubjective: (id, field, value) => setActivitySubjective(doc, id, field, value),
    softDelete: (id, atIso) => setActivitySubjective(doc, id, 'deletedAt', atIso),
    restore: (id) => setActivitySubjective(doc, id, 'deletedAt', null),
    remove: (id) => removeActivity(doc, id),
  };
}
