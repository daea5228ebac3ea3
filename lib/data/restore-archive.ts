import type { DocKind } from '@/lib/store/doc-names';
import { mergeIntoStoredDoc } from '@/lib/store/merge-stored-doc';
import { writesSettled } from '@/lib/store/storage-problems';
import type { ArchiveContents } from './archive-reader';
import type { ArchiveCounts } from './archive-manifest';

export type RestoreProgress = { done: number; total: number };
export type RestoreSummary = {
  counts: ArchiveCounts;
  /** When the archive was made (ISO). */
  createdAt: string;
  /** Documents that brought something this device did not have. */
  newDocuments: number;
  totalDocuments: number;
};

// Streams before the list that names them, plans before the profile that lists them: whatever
// is listed is on disk, as when it was first saved.
const order: Record<DocKind, number> = {
  activity: 0,
  plan: 1,
  activities: 2,
  journal: 3,
  profile: 4,
  comments: 5,
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Merges an archive's documents into this athlete's, as Yjs replicas merge: nothing on the device
 * is overwritten or lost, and restoring the same archive twice changes nothing the second time.
 * Each document is committed to IndexedDB before the next; open screens follow at once.
 */
export async function restoreArchive(
  athleteId: string,
  contents: ArchiveContents,
  onProgress: (progress: RestoreProgress) => void = () => undefined,
): Promise<RestoreSummary> {
  await writesSettled();
  const documents = [...contents.documents].sort((a, b) => order[a.kind] - order[b.kind]);
  let newDocuments = 0;
  onProgress({ done: 0, total: documents.length });
  for (const [index, { kind, id, state }] of documents.entries()) {
    const name = [athleteId, kind, id].filter((part) => part !== null).join('/');
    if ((await mergeIntoStoredDoc(name, state)) === 'new') newDocuments += 1;
    onProgress({ done: index + 1, total: documents.length });
    await nextTask();
  }
  await writesSettled();
  const { counts, createdAt } = contents.manifest;
  return { counts, createdAt, newDocuments, totalDocuments: documents.length };
}
