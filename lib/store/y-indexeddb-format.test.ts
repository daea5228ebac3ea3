import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE } from 'y-indexeddb';
import * as Y from 'yjs';
import { persistDoc } from './guarded-persistence';
import { writesSettled } from './storage-problems';

// The store writes y-indexeddb's on-disk layout itself (so that a full disk is reported, not
// dropped). Devices that stored documents with the library, and any tool that reads them with it,
// must see the same documents: each side reads what the other wrote, compacted or not.

async function writeWithStore(name: string, edits: number): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = persistDoc(name, doc);
  await persistence.whenSynced;
  for (let i = 0; i < edits; i++) doc.getMap('journal').set(`2026-12-01|note-${i}`, `entry ${i}`);
  doc.getText('notes').insert(0, 'kept by the store');
  await writesSettled();
  await persistence.destroy();
  return doc;
}

async function readWithLibrary(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new IndexeddbPersistence(name, doc);
  await provider.whenSynced;
  await provider.destroy();
  return doc;
}

describe("y-indexeddb's own provider and the store's persistence", () => {
  it('the library reads what the store wrote, and the store reads it after the library compacts', async () => {
    for (const [name, edits] of [
      ['store-few', 3],
      // More rows than the library keeps: reading them, it folds them into one (its compaction).
      ['store-many', PREFERRED_TRIM_SIZE + 20],
    ] as const) {
      const written = await writeWithStore(name, edits);
      const read = await readWithLibrary(name);
      expect(read.getMap('journal').toJSON()).toEqual(written.getMap('journal').toJSON());
      expect(read.getText('notes').toString()).toBe('kept by the store');
      expect(Y.encodeStateVector(read)).toEqual(Y.encodeStateVector(written));

      const reopened = new Y.Doc();
      const persistence = persistDoc(name, reopened);
      await persistence.whenSynced;
      await persistence.destroy();
      expect(reopened.getMap('journal').toJSON()).toEqual(written.getMap('journal').toJSON());
    }
  });

  it('the store reads what the library wrote, and the library reads the store’s later edits', async () => {
    const name = 'library-first';
    const original = new Y.Doc();
    const provider = new IndexeddbPersistence(name, original);
    await provider.whenSynced;
    original.getMap('profile').set('name', 'Ada');
    original.getMap('profile').set('units', 'imperial');
    // Closing waits for the library's pending write transactions (IndexedDB defers the close).
    await provider.destroy();

    const doc = new Y.Doc();
    const persistence = persistDoc(name, doc);
    await persistence.whenSynced;
    expect(doc.getMap('profile').toJSON()).toEqual({ name: 'Ada', units: 'imperial' });
    doc.getMap('profile').set('units', 'metric');
    await writesSettled();
    await persistence.destroy();

    const again = await readWithLibrary(name);
    expect(again.getMap('profile').toJSON()).toEqual({ name: 'Ada', units: 'metric' });
  });
});
