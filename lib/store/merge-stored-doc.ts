import * as Y from 'yjs';
import { acquireDoc, openDocNames, releaseDoc } from './doc-registry';
import { appendStoredUpdate, readStoredUpdate } from './stored-docs';

export const MERGE_ORIGIN = 'splits-merge';

/** Whether state vector `have` includes everything `want` does. */
function covers(have: Map<number, number>, want: Map<number, number>): boolean {
  for (const [client, clock] of want) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}

const stateVectorOf = (update: Uint8Array) =>
  Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));

/**
 * Merges a Yjs state into a stored document, the way two replicas merge (nothing stored is
 * overwritten; merging the same state again changes nothing). The state is added to the
 * document's IndexedDB rows and committed before this resolves, then applied to this tab's open
 * copy, if any, so what is on screen follows. 'known' when the document already had all of it.
 */
export async function mergeIntoStoredDoc(
  name: string,
  update: Uint8Array,
): Promise<'new' | 'known'> {
  const stored = await readStoredUpdate(name);
  if (covers(stateVectorOf(stored), stateVectorOf(update))) return 'known';
  await appendStoredUpdate(name, update);
  if (openDocNames().includes(name)) {
    const open = acquireDoc(name);
    try {
      Y.applyUpdate(await open.ready, update, MERGE_ORIGIN);
    } finally {
      releaseDoc(name);
    }
  }
  return 'new';
}
