import { parseDocName } from '@/lib/store/doc-names';
import { acquireDoc, openDocNames, releaseDoc } from '@/lib/store/doc-registry';
import { setSweeping, whenDocSettled } from './sync-status';

/**
 * After signing in, every document this device stores for the athlete (plans and activity streams
 * that are not open, some made before there was an account) is opened in turn, synced, and closed
 * once the relay has it. One at a time, so a long history does not open hundreds of sockets.
 * "Backed up" is not shown until this has finished.
 */
export async function sweepStoredDocs(athleteId: string, stopped: () => boolean): Promise<void> {
  setSweeping(true);
  try {
    const databases = await indexedDB.databases();
    const names = databases
      .map((db) => db.name)
      .filter((name): name is string => typeof name === 'string')
      .filter((name) => parseDocName(name)?.athleteId === athleteId);
    for (const name of names) {
      if (stopped()) return;
      if (openDocNames().includes(name)) continue;
      acquireDoc(name);
      // The relay attachment holds the document until the relay has it.
      releaseDoc(name);
      await whenDocSettled(name);
    }
  } finally {
    setSweeping(false);
  }
}
