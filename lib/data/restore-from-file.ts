'use client';

import { transfer } from 'comlink';
import { currentSession } from '@/lib/sync/session';
import { sweepStoredDocs } from '@/lib/sync/sweep-stored-docs';
import { getDataWorker } from './data-client';
import { restoreArchive, type RestoreProgress, type RestoreSummary } from './restore-archive';

export type RestoreOutcome = { ok: true; summary: RestoreSummary } | { ok: false; message: string };

/**
 * Brings back an archive chosen by the athlete: the data worker unzips and checks all of it
 * first (a wrong or damaged file changes nothing), then its documents merge into this athlete's.
 */
export async function restoreFromFile(
  athleteId: string,
  file: File,
  onProgress: (progress: RestoreProgress) => void,
): Promise<RestoreOutcome> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await getDataWorker().readArchive(transfer(bytes, [bytes.buffer]), file.name);
  if (!read.ok) return { ok: false, message: read.error.message };
  const summary = await restoreArchive(athleteId, read.contents, onProgress);
  // Documents restored while signed in go to the relay now, one at a time, not at the next start.
  if (currentSession()?.athleteId === athleteId && summary.newDocuments > 0) {
    sweepStoredDocs(athleteId, () => currentSession()?.athleteId !== athleteId).catch(
      (error: unknown) => console.warn('Backing up the restored documents failed', error),
    );
  }
  return { ok: true, summary };
}
