import * as Y from 'yjs';
import { parseDocName } from './doc-names';

// The on-disk layout of y-indexeddb (and of guarded-persistence): one database per document,
// named for it, with an auto-incremented `updates` store of Yjs updates.
const UPDATES = 'updates';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new DOMException('IndexedDB request failed.'));
  });
}

function openStoredDoc(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(UPDATES, { autoIncrement: true });
      req.result.createObjectStore('custom');
    };
    req.onerror = () => reject(req.error ?? new DOMException(`${name} could not be opened.`));
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** Every document of this athlete stored on this device, by name, in a stable order. */
export async function storedDocNames(athleteId: string): Promise<string[]> {
  const databases = await indexedDB.databases();
  return databases
    .map((db) => db.name)
    .filter((name): name is string => typeof name === 'string')
    .filter((name) => parseDocName(name)?.athleteId === athleteId)
    .sort();
}

/** A stored document's whole state as one Yjs update (empty when nothing is stored). */
export async function readStoredUpdate(name: string): Promise<Uint8Array> {
  const db = await openStoredDoc(name);
  try {
    const rows = await request(db.transaction(UPDATES, 'readonly').objectStore(UPDATES).getAll());
    const updates = rows.filter((row): row is Uint8Array => row instanceof Uint8Array);
    return Y.mergeUpdates(updates);
  } finally {
    db.close();
  }
}

/**
 * Adds an update to a stored document (made when missing). Resolves when the transaction has
 * committed, so what was added survives the tab closing at once; a full disk rejects.
 */
export async function appendStoredUpdate(name: string, update: Uint8Array): Promise<void> {
  const db = await openStoredDoc(name);
  try {
    const transaction = db.transaction(UPDATES, 'readwrite');
    transaction.objectStore(UPDATES).add(update);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () =>
        reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
    });
  } finally {
    db.close();
  }
}

/** Removes a stored database (a document or a derived index); resolves once it is gone. */
export function deleteStoredDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new DOMException(`${name} could not be deleted.`));
  });
}
