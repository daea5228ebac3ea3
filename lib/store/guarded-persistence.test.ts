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

afterEach(() => {
  IDBObjectStore.prototype.add = realAdd;
  clearStorageProblem();
});

async function reopen(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  await persistDoc(name, doc).whenSynced;
  return doc;
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
    const doc = new Y.Doc();
    const persistence = persistDoc('doc-commit', doc);
    await persistence.whenSynced;
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
    const doc = new Y.Doc();
    const persistence = persistDoc('doc-a', doc);
    await persistence.whenSynced;
    doc.getMap('profile').set('name', 'Ada');
    await writesSettled();
    await persistence.destroy();
    expect((await reopen('doc-a')).getMap('profile').get('name')).toBe('Ada');
  });

  it('reports a full disk, keeps what was saved, and saves the change once space is back', async () => {
    const doc = new Y.Doc();
    const persistence = persistDoc('doc-b', doc);
    await persistence.whenSynced;
    doc.getMap('profile').set('name', 'Ada');
    await writesSettled();

    IDBObjectStore.prototype.add = function add() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
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
    const doc = new Y.Doc();
    const persistence = persistDoc('doc-c', doc);
    await persistence.whenSynced;
    doc.getMap('profile').set('name', 'Ada');
    await writesSettled();
    await persistence.destroy();

    IDBObjectStore.prototype.add = function add() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const reopened = new Y.Doc();
    const again = persistDoc('doc-c', reopened);
    await again.whenSynced;
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
});
