import * as idb from 'lib0/indexeddb';
import { PREFERRED_TRIM_SIZE } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  clearStorageProblem,
  reportStorageProblem,
  storageOpened,
  type StorageMoment,
  writeSettled,
  writeStarted,
} from './storage-problems';

const COMPACT_DELAY_MS = 1000;
const UPDATES = 'updates';

export type DocPersistence = {
  /** Resolves once what is stored has been loaded, even when the disk refuses writes. */
  whenSynced: Promise<void>;
  destroy: () => Promise<void>;
};

/**
 * Opens (or creates) a document's database. lib0's `openDB` would wrap the browser's error in a
 * plain Error, and a full disk must stay recognisable as one (a QuotaExceededError).
 */
function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () =>
      idb.createStores(request.result, [[UPDATES, { autoIncrement: true }], ['custom']]);
    request.onerror = () =>
      reject(request.error ?? new DOMException(`${name} could not be opened.`, 'UnknownError'));
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/**
 * Adds one row; settles when the transaction commits, not when the request succeeds: only a
 * committed transaction survives the tab closing a moment later.
 */
function commitRow(db: IDBDatabase, payload: Uint8Array): Promise<void> {
  try {
    const transaction = db.transaction([UPDATES], 'readwrite');
    transaction.objectStore(UPDATES).add(payload);
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () =>
        reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
    });
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Folds every row into one (y-indexeddb's compaction). Rows another tab added since `fromKey` are
 * merged into the document first, so nothing they hold is folded away unseen.
 */
async function foldRows(
  db: IDBDatabase,
  doc: Y.Doc,
  fromKey: number,
  applyStored: (rows: unknown[]) => void,
): Promise<{ nextKey: number; rowCount: number }> {
  const [updatesStore] = idb.transact(db, [UPDATES]);
  if (!updatesStore) throw new Error('The updates store is missing.');
  applyStored(await idb.getAll(updatesStore, idb.createIDBKeyRangeLowerBound(fromKey, false)));
  const key = await idb.rtop(updatesStore.add(Y.encodeStateAsUpdate(doc)));
  await idb.del(updatesStore, idb.createIDBKeyRangeUpperBound(key, true));
  return { nextKey: Number(key) + 1, rowCount: await idb.count(updatesStore) };
}

/**
 * Persistence in y-indexeddb's on-disk layout (an `updates` store of Yjs updates, compacted after
 * 500 rows) whose writes report failures instead of dropping them as unhandled rejections.
 * Loading only reads: y-indexeddb's own open path writes first, so with a full disk a document
 * would never open. Here the write made on open (the state from before loading, which also
 * tells us early whether the disk takes writes) may fail and the stored state still loads; a
 * refused write is reported, the change stays in memory, and the next write stores the whole
 * document state so nothing is lost once space is back.
 */
export function persistDoc(name: string, doc: Y.Doc): DocPersistence {
  const origin = { persistence: name };
  let db: IDBDatabase | null = null;
  let destroyed = false;
  let unsaved = false;
  let nextKey = 0;
  let rowCount = 0;
  let compactTimer: ReturnType<typeof setTimeout> | null = null;
  const opened = openDatabase(name);

  const save = (update: Uint8Array, when: StorageMoment) => {
    const payload = unsaved ? Y.encodeStateAsUpdate(doc) : update;
    writeStarted();
    (db ? commitRow(db, payload) : Promise.resolve())
      .then(
        () => {
          rowCount += 1;
          if (!unsaved) return;
          unsaved = false;
          clearStorageProblem();
        },
        (error: unknown) => {
          unsaved = true;
          reportStorageProblem(name, error, when);
        },
      )
      .finally(writeSettled);
  };

  const applyStored = (rows: unknown[]) => {
    Y.transact(
      doc,
      () => rows.forEach((row) => row instanceof Uint8Array && Y.applyUpdate(doc, row)),
      origin,
      false,
    );
  };

  const compact = async () => {
    if (!db || destroyed) return;
    ({ nextKey, rowCount } = await foldRows(db, doc, nextKey, applyStored));
  };

  const onUpdate = (update: Uint8Array, updateOrigin: unknown) => {
    if (!db || destroyed || updateOrigin === origin) return;
    save(update, 'edit');
    if (rowCount + 1 < PREFERRED_TRIM_SIZE) return;
    if (compactTimer !== null) clearTimeout(compactTimer);
    compactTimer = setTimeout(() => {
      compactTimer = null;
      compact().catch((error: unknown) => reportStorageProblem(name, error, 'edit'));
    }, COMPACT_DELAY_MS);
  };

  const load = async (): Promise<void> => {
    const opening = await opened;
    if (destroyed) return;
    db = opening;
    const [updatesStore] = idb.transact(opening, [UPDATES], 'readonly');
    if (!updatesStore) throw new Error(`The stored document ${name} has no updates store.`);
    const rows = await idb.getAll(updatesStore);
    const lastKey: unknown = await idb.getLastKey(updatesStore);
    nextKey = typeof lastKey === 'number' ? lastKey + 1 : 0;
    rowCount = rows.length;
    const beforeLoad = Y.encodeStateAsUpdate(doc);
    applyStored(rows);
    storageOpened(name);
    save(beforeLoad, 'first-write');
    doc.on('update', onUpdate);
  };

  const whenSynced = load().catch((error: unknown) => {
    // The database could not even be opened or read: nothing stored is shown and edits stay in
    // memory only; the message says so rather than claiming the saved data is on screen.
    reportStorageProblem(name, error, 'open');
  });

  const destroy = async () => {
    destroyed = true;
    if (compactTimer !== null) clearTimeout(compactTimer);
    doc.off('update', onUpdate);
    doc.off('destroy', onDestroy);
    const openDb = await opened.catch(() => null);
    openDb?.close();
  };
  const onDestroy = () => void destroy();
  doc.on('destroy', onDestroy);

  return { whenSynced, destroy };
}
