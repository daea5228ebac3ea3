import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocStore } from './doc-store.ts';
import { openKv, scanPrefix, type Kv, type KvOp } from './kv.ts';
import { tempDir } from './test-support/relay-harness.ts';
import { WriteQueue } from './write-queue.ts';

const NAME = '1b4e28ba-2fa1-41d2-883f-0016d3cca427/journal';
const opened: Array<{ db: Kv; dir: string }> = [];

afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function storeIn() {
  const dir = await tempDir();
  const db = await openKv(dir);
  opened.push({ db, dir });
  return { db, store: new DocStore(db, new WriteQueue<KvOp>((ops) => db.batch(ops))) };
}

function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getMap('dayFields').set(`day-${i}`, i);
  return updates;
}

function rebuild(records: Array<{ payload: Uint8Array }>) {
  const doc = new Y.Doc();
  for (const r of records) Y.applyUpdate(doc, r.payload);
  return doc.getMap('dayFields').toJSON();
}

describe('document store', () => {
  it('replays the log in write order and continues the sequence', async () => {
    const { store } = await storeIn();
    const updates = edits(3);
    for (const [seq, update] of updates.entries()) await store.append(NAME, seq, update);
    const loaded = await store.load(NAME);
    expect(loaded.nextSeq).toBe(3);
    expect(rebuild(loaded.records)).toEqual({ 'day-0': 0, 'day-1': 1, 'day-2': 2 });
  });

  it('compaction replaces the log with one snapshot holding the same content', async () => {
    const { db, store } = await storeIn();
    const doc = new Y.Doc();
    for (const [seq, update] of edits(50).entries()) {
      Y.applyUpdate(doc, update);
      await store.append(NAME, seq, update);
    }
    await store.compact(NAME, Y.encodeStateAsUpdate(doc), 0, 50);
    expect(await scanPrefix(db, `log:${NAME}!`)).toHaveLength(0);
    const loaded = await store.load(NAME);
    expect(loaded.records).toHaveLength(1);
    expect(Object.keys(rebuild(loaded.records))).toHaveLength(50);
  });

  it('sets aside a record with a bad checksum and loads the rest', async () => {
    const { db, store } = await storeIn();
    const updates = edits(3);
    for (const [seq, update] of updates.entries()) await store.append(NAME, seq, update);
    const [key, value] = (await scanPrefix(db, `log:${NAME}!`))[2] ?? ['', new Uint8Array()];
    const torn = value.slice(0, value.length - 2);
    await db.put(key, torn);

    const loaded = await store.load(NAME);
    expect(loaded.quarantined).toEqual([key]);
    expect(rebuild(loaded.records)).toEqual({ 'day-0': 0, 'day-1': 1 });
    expect(await scanPrefix(db, 'quarantine:')).toHaveLength(1);
    expect((await store.load(NAME)).quarantined).toEqual([]);
  });

  it('keeps one document’s keys apart from a longer name sharing its prefix', async () => {
    const { store } = await storeIn();
    await store.append(`${NAME}x`, 0, edits(1)[0] ?? new Uint8Array());
    expect((await store.load(NAME)).records).toHaveLength(0);
  });
});
