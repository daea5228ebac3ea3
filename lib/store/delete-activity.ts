'use client';

import { deletedActivities, removeActivity } from './activities-doc';
import { activitiesDocName, activityDocName } from './doc-names';
import { acquireDoc, openDocNames, releaseDoc } from './doc-registry';
import { indexFor } from './index-db';
import { writesSettled } from './storage-problems';

/** How long a deleted activity can be brought back before its deletion becomes final. */
export const UNDO_WINDOW_MS = 10_000;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    // An open copy closes itself on a version change (guarded-persistence): the delete goes on.
    request.onblocked = () => resolve();
  });
}

/**
 * Makes a deletion final: the summary and the athlete's notes leave `<a>/activities` (on disk
 * first), then the streams document and its cached copy are removed. Until this runs the activity
 * is only hidden, so a stray tap loses nothing. The relay keeps its copy of the streams document
 * until the account is deleted; no view opens it again.
 */
export async function finalizeDeletion(athleteId: string, id: string): Promise<void> {
  const listName = activitiesDocName(athleteId);
  const list = acquireDoc(listName);
  try {
    const doc = await list.ready;
    if (!deletedActivities(doc).some((d) => d.id === id)) return;
    removeActivity(doc, id);
    await writesSettled();
  } finally {
    releaseDoc(listName);
  }
  const streamsName = activityDocName(athleteId, id);
  if (!openDocNames().includes(streamsName)) await deleteDatabase(streamsName);
  await indexFor(athleteId).streams.delete(id);
}

/**
 * Finishes deletions the undo window has passed for (the tab was closed before it ran out), so
 * hidden activities do not linger on the device.
 */
export async function finishOldDeletions(athleteId: string, nowMs: number): Promise<void> {
  const listName = activitiesDocName(athleteId);
  const list = acquireDoc(listName);
  let due: string[] = [];
  try {
    const doc = await list.ready;
    due = deletedActivities(doc)
      .filter((d) => nowMs - Date.parse(d.deletedAt) > 6 * UNDO_WINDOW_MS)
      .map((d) => d.id);
  } finally {
    releaseDoc(listName);
  }
  for (const id of due) await finalizeDeletion(athleteId, id);
}
