'use client';

import { openDocNames, releaseDoc } from './doc-registry';

/**
 * Removes every Splits database and setting from this browser (documents, derived index,
 * session). Only on the athlete's explicit request; data backed up to the relay stays there.
 */
export async function eraseThisDevice(): Promise<void> {
  for (const name of openDocNames()) {
    // Release until closed: the registry counts references per document.
    for (let guard = 0; guard < 100 && openDocNames().includes(name); guard++) releaseDoc(name);
  }
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((db) => db.name)
      .filter((name): name is string => typeof name === 'string')
      .map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
            request.onblocked = () => resolve();
          }),
      ),
  );
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith('splits.')) window.localStorage.removeItem(key);
  }
}
