import type * as Y from 'yjs';
import { z } from 'zod';
import { parseField, readFields } from './read-fields';
import {
  profileDefaults,
  profileSchema,
  type Profile,
  type ProfileField,
  type SetupAnswers,
} from './profile-schema';

/** Typed access to `<a>/profile`: per field, the latest edit wins. */
export function readProfile(doc: Y.Doc): Profile {
  return readFields(profileSchema, profileDefaults, doc.getMap('profile').toJSON());
}

export function setProfileField<K extends ProfileField>(doc: Y.Doc, field: K, value: Profile[K]) {
  doc.getMap('profile').set(field, parseField(profileSchema, field, value));
}

export type SetupProgress = {
  step?: string | null;
  status?: Profile['setupStatus'];
  answers?: Partial<SetupAnswers>;
};

/**
 * Records where the first-run setup stands, in one transaction: the step, the status and the
 * answers given so far (merged into the stored ones, so a later step never forgets an earlier one).
 */
export function saveSetupProgress(doc: Y.Doc, progress: SetupProgress): void {
  doc.transact(() => {
    if (progress.answers) {
      const answers = { ...readProfile(doc).setupAnswers, ...progress.answers };
      setProfileField(doc, 'setupAnswers', answers);
    }
    if (progress.step !== undefined) setProfileField(doc, 'setupStep', progress.step);
    if (progress.status !== undefined) setProfileField(doc, 'setupStatus', progress.status);
  });
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
