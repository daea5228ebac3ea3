import { closeDoc } from '@/lib/store/doc-registry';
import { deleteStoredDatabase } from '@/lib/store/stored-docs';
import type { ShareView } from './share-api';
import { keepCoachedIds, readCoachedIds } from './coach-cache';
import { coachedAthletes, docsToDrop } from './share-groups';

let running: Promise<string[]> | null = null;

/**
 * Closes and deletes every stored document of a coached athlete that no current share covers.
 * One run at a time (every tab's navigation asks after each fresh share list); answers the names.
 */
export function dropRevokedDocs(ownAthleteId: string, received: ShareView[]): Promise<string[]> {
  running ??= (async () => {
    const coachedIds = readCoachedIds(window.localStorage);
    if (coachedIds.length === 0) return [];
    const databases = await indexedDB.databases();
    const names = databases.map((d) => d.name).filter((n): n is string => typeof n === 'string');
    const drop = docsToDrop(names, ownAthleteId, coachedIds, received);
    for (const name of drop) {
      closeDoc(name);
      await deleteStoredDatabase(name);
    }
    keepCoachedIds(
      window.localStorage,
      coachedAthletes(received).map((a) => a.athleteId),
    );
    return drop;
  })().finally(() => {
    running = null;
  });
  return running;
}
