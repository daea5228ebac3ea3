import { parseDocName } from './doc-names';
import { indexDbName } from './index-db';
import { mergeIntoStoredDoc } from './merge-stored-doc';
import { writesSettled } from './storage-problems';
import { deleteStoredDatabase, readStoredUpdate, storedDocNames } from './stored-docs';

export type MergeProgress = { done: number; total: number };

/** The same document under another athlete: `<a>/plan/<id>` becomes `<b>/plan/<id>`. */
export function renameForAthlete(name: string, athleteId: string): string {
  const parsed = parseDocName(name);
  if (!parsed) throw new Error(`"${name}" is not a Splits document name.`);
  return [athleteId, parsed.kind, parsed.id].filter((part) => part !== null).join('/');
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Merges every document `fromId` stores on this device into the same document of `toId` (plans
 * and activities keep their ids; profile and journal merge field by field as Yjs maps do). Each
 * merge is committed to IndexedDB before the next starts, and nothing of `fromId` is removed
 * here: a crash half-way leaves both sets stored, and running it again finishes the job without
 * changing what was already merged. One document at a time, yielding between them, so the page
 * stays responsive with thousands of activities.
 */
export async function mergeAthleteDocs(
  fromId: string,
  toId: string,
  onProgress: (progress: MergeProgress) => void = () => undefined,
): Promise<string[]> {
  // Edits still on their way to disk are part of what is merged.
  await writesSettled();
  const names = await storedDocNames(fromId);
  onProgress({ done: 0, total: names.length });
  for (const [index, name] of names.entries()) {
    await mergeIntoStoredDoc(renameForAthlete(name, toId), await readStoredUpdate(name));
    onProgress({ done: index + 1, total: names.length });
    await nextTask();
  }
  return names;
}

/**
 * Removes an athlete's documents and derived index from this device. Only after
 * `mergeAthleteDocs` has resolved (every merge committed) and nothing shows them any more.
 */
export async function removeAthleteDocs(athleteId: string): Promise<void> {
  for (const name of await storedDocNames(athleteId)) await deleteStoredDatabase(name);
  await deleteStoredDatabase(indexDbName(athleteId));
}
