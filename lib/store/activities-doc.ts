import type * as Y from 'yjs';
import {
  activitySubjectiveDefaults,
  activitySubjectiveSchema,
  activitySummarySchema,
  type ActivitySubjective,
  type ActivitySummary,
} from './activity-summary-schema';
import { parseField, readFields } from './read-fields';

export type ActivityEntry = ActivitySummary & ActivitySubjective;

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

/** Newest first. */
export function readActivities(doc: Y.Doc): ActivityEntry[] {
  const subjective = subjectiveById(doc);
  const entries: ActivityEntry[] = [];
  for (const value of doc.getMap('summaries').values()) {
    const summary = validSummary(value);
    if (!summary) continue;
    const own = subjective.get(summary.id) ?? {};
    entries.push({
      ...summary,
      ...readFields(activitySubjectiveSchema, activitySubjectiveDefaults, own),
    });
  }
  return entries.sort((a, b) => b.startTime.localeCompare(a.startTime));
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
};

export function activitiesEditor(doc: Y.Doc): ActivitiesEditor {
  return { setSubjective: (id, field, value) => setActivitySubjective(doc, id, field, value) };
}
