import 'fake-indexeddb/auto';
import * as idb from 'lib0/indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { persistDoc } from './guarded-persistence';
import {
  clearStorageProblem,
  currentStorageProblem,
  pendingWrites,
  writesSettled,
} from './storage-problems';

const realAdd = IDBObjectStore.prototype.add;
const realOpen = IDBFactory.prototype.open;

afterEach(() => {
  IDBObjectStore.prototype.add = realAdd;
  IDBFactory.prototype.open = realOpen;
  clearStorageProblem();
});

const QUOTA_EXCEEDED = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** From now on the disk is full: every row IndexedDB is asked to add is refused. */
function refuseEveryAdd(): void {
  IDBObjectStore.prototype.add = function add() {
    throw QUOTA_EXCEEDED;
  };
}

/** A session that saves a profile name in `name` and closes it again. */
async function saveName(name: string, value: string): Promise<void> {
  const { doc, persistence } = await openSession(name);
  doc.getMap('profile').set('name', value);
  await writesSettled();
  await persistence.destroy();
}

/** From now on every database open fails as a browser reports it: an error event on the request. */
function failEveryOpen(error: DOMException): void {
  IDBFactory.prototype.open = function open() {
    const request = { error, result: undefined } as unknown as IDBOpenDBRequest;
    queueMicrotask(() => request.onerror?.call(request, new Event('error')));
    return request;
  };
}

/** A new session of document `name`, once what is stored has loaded. */
async function openSession(name: string) {
  const doc = new Y.Doc();
  const persistence = persistDoc(name, doc);
  await persistence.whenSynced;
  return { doc, persistence };
}

async function reopen(name: string): Promise<Y.Doc> {
  return (await openSession(name)).doc;
}

/** What is on disk right now, read without writing (opening writes a row). */
async function storedState(name: string): Promise<Y.Doc> {
  const db = await idb.openDB(name, () => undefined);
  const [updates] = idb.transact(db, ['updates'], 'readonly');
  const rows = updates ? ((await idb.getAll(updates)) as Uint8Array[]) : [];
  db.close();
  const doc = new Y.Doc();
  rows.forEach((row) => Y.applyUpdate(doc, row));
  return doc;
}

describe('guarded y-indexeddb persistence', () => {
  it('counts a write as settled only once its transaction has committed', async () => {
    const { doc, persistence } = await openSession('doc-commit');
    await writesSettled();
    doc.getMap('plan').set('title', 'Rowing: general fitness');
    doc.getMap('plan').set('weeks', 12);
    expect(pendingWrites()).toBe(2);
    await writesSettled();
    expect(pendingWrites()).toBe(0);
    // Read over a second connection, without waiting for anything else: it is on disk already.
    expect((await storedState('doc-commit')).getMap('plan').toJSON()).toEqual({
      title: 'Rowing: general fitness',
      weeks: 12,
    });
    await persistence.destroy();
  });

  it('stores edits and loads them in a new session', async () => {
    await saveName('doc-a', 'Ada');
    expect((await reopen('doc-a')).getMap('profile').get('name')).toBe('Ada');
  });

  it('reports a full disk, keeps what was saved, and saves the change once space is back', async () => {
    const { doc, persistence } = await openSession('doc-b');
    doc.getMap('profile').set('name', 'Ada');
    await writesSettled();

    refuseEveryAdd();
    doc.getMap('profile').set('units', 'imperial');
    await writesSettled();
    expect(currentStorageProblem()?.type).toBe('StorageFull');
    const duringOutage = await storedState('doc-b');
    expect(duringOutage.getMap('profile').toJSON()).toEqual({ name: 'Ada' });

    IDBObjectStore.prototype.add = realAdd;
    doc.getMap('profile').set('sex', 'female');
    await writesSettled();
    expect(currentStorageProblem()).toBeNull();
    await persistence.destroy();
    expect((await reopen('doc-b')).getMap('profile').toJSON()).toEqual({
      name: 'Ada',
      units: 'imperial',
      sex: 'female',
    });
  });

  it('opens a stored document read-only when the disk is already full', async () => {
    await saveName('doc-c', 'Ada');

    refuseEveryAdd();
    const { doc: reopened, persistence: again } = await openSession('doc-c');
    await writesSettled();
    expect(reopened.getMap('profile').get('name')).toBe('Ada');
    expect(currentStorageProblem()?.type).toBe('StorageFull');
    expect(currentStorageProblem()?.message).toContain('Everything saved before is safe');

    reopened.getMap('profile').set('units', 'metric');
    await writesSettled();
    IDBObjectStore.prototype.add = realAdd;
    reopened.getMap('profile').set('sex', 'female');
    await writesSettled();
    expect(currentStorageProblem()).toBeNull();
    await again.destroy();
    expect((await storedState('doc-c')).getMap('profile').toJSON()).toEqual({
      name: 'Ada',
      units: 'metric',
      sex: 'female',
    });
  });

  it('says nothing saved is shown when the database cannot even be opened', async () => {
    await saveName('doc-d', 'Ada');

    failEveryOpen(QUOTA_EXCEEDED);
    const { doc: unopened, persistence: failed } = await openSession('doc-d');
    expect(unopened.getMap('profile').get('name')).toBeUndefined();
    const problem = currentStorageProblem();
    expect(problem).toMatchObject({ type: 'StorageFull', docName: 'doc-d', savedDataShown: false });
    expect(problem?.message).not.toContain('shown here;');
    expect(problem?.message).toContain('what you saved before is not shown here');
    expect(problem?.message).toContain('new changes are not stored on this device');
    expect(problem?.message).toContain('reload the page');

    // An edit is kept in memory but never reaches the disk, so nothing waits on it.
    unopened.getMap('profile').set('name', 'Grace');
    expect(pendingWrites()).toBe(0);
    await failed.destroy();

    // Another document saving after a refused write does not hide the unopened one.
    IDBFactory.prototype.open = realOpen;
    const { doc: other, persistence: otherPersistence } = await openSession('doc-e');
    refuseEveryAdd();
    other.getMap('journal').set('2026-03-01|note', 'easy run');
    await writesSettled();
    IDBObjectStore.prototype.add = realAdd;
    other.getMap('journal').set('2026-03-02|note', 'rest');
    await writesSettled();
    expect(currentStorageProblem()?.docName).toBe('doc-d');
    await otherPersistence.destroy();

    // Opened again once space is back, it has what was saved before, and the message goes.
    expect((await reopen('doc-d')).getMap('profile').get('name')).toBe('Ada');
    expect(currentStorageProblem()).toBeNull();
  });

  it('names what went wrong when opening fails for another reason', async () => {
    failEveryOpen(new DOMException('Internal error opening backing store.', 'UnknownError'));
    await persistDoc('doc-f', new Y.Doc()).whenSynced;
    expect(currentStorageProblem()).toMatchObject({
      type: 'StorageWriteFailed',
      savedDataShown: false,
    });
    expect(currentStorageProblem()?.message).toContain('Internal error opening backing store.');
    expect(currentStorageProblem()?.message).toContain('Reloading the page');
    IDBFactory.prototype.open = realOpen;
    await reopen('doc-f');
    expect(currentStorageProblem()).toBeNull();
  });

  it('keeps saying so while any document is still unopened', async () => {
    failEveryOpen(QUOTA_EXCEEDED);
    await persistDoc('doc-g', new Y.Doc()).whenSynced;
    await persistDoc('doc-h', new Y.Doc()).whenSynced;
    expect(currentStorageProblem()?.docName).toBe('doc-g');

    IDBFactory.prototype.open = realOpen;
    await reopen('doc-g');
    expect(currentStorageProblem()).toMatchObject({ docName: 'doc-h', savedDataShown: false });
    await reopen('doc-h');
    expect(currentStorageProblem()).toBeNull();
  });
});
