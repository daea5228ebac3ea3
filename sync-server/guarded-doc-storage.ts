import type { DocStorage } from './doc-storage.ts';
import type { Reachability } from './reachability.ts';

/**
 * Documents on a shared database, guarded like records (see guardedRecords): while the database
 * is unreachable a load or write fails at once with StoreUnavailable, so a document closes its
 * connections (1011) instead of holding them on connection timeouts.
 */
export function guardedDocStorage(
  docs: DocStorage,
  reachability: Reachability,
  isUnreachable: (error: unknown) => boolean,
  markDownAs: string,
): DocStorage {
  const guard = <T>(work: () => Promise<T>) => reachability.guard(work, isUnreachable, markDownAs);
  return {
    load: (name) => guard(() => docs.load(name)),
    append: (name, seq, update) => guard(() => docs.append(name, seq, update)),
    compact: (name, snapshot, firstSeq, nextSeq) =>
      guard(() => docs.compact(name, snapshot, firstSeq, nextSeq)),
    quarantine: (entries) => guard(() => docs.quarantine(entries)),
    removeUnder: (prefix) => guard(() => docs.removeUnder(prefix)),
    survey: (minUpdates, limit) => guard(() => docs.survey(minUpdates, limit)),
  };
}
