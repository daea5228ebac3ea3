import type * as Y from 'yjs';
import { z } from 'zod';
import { parseField, readFields } from './read-fields';
import { profileDefaults, profileSchema, type Profile, type ProfileField } from './profile-schema';

/** Typed access to `<a>/profile`: per field, the latest edit wins. */
export function readProfile(doc: Y.Doc): Profile {
  return readFields(profileSchema, profileDefaults, doc.getMap('profile').toJSON());
}

export function setProfileField<K extends ProfileField>(doc: Y.Doc, field: K, value: Profile[K]) {
  doc.getMap('profile').set(field, parseField(profileSchema, field, value));
}

const planListEntrySchema = z.object({ title: z.string(), createdAt: z.string() });
export type PlanListEntry = { id: string; title: string; createdAt: string };

/** The athlete's plans, newest first. Plans live in their own documents; this is their list. */
export function readPlanList(doc: Y.Doc): PlanListEntry[] {
  const entries: PlanListEntry[] = [];
  for (const [id, value] of doc.getMap('plans').entries()) {
    const parsed = planListEntrySchema.safeParse(value);
    if (parsed.success) entries.push({ id, ...parsed.data });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function addPlanToList(doc: Y.Doc, entry: PlanListEntry): void {
  doc.getMap('plans').set(entry.id, { title: entry.title, createdAt: entry.createdAt });
}
