import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocStore } from '../doc-store.ts';
import { openKv, type KvOp } from '../kv.ts';
import { tempDir } from '../test-support/relay-harness.ts';
import { WriteQueue } from '../write-queue.ts';
import { renderDoc } from './doc-render.ts';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('a stored document rendered for support', () => {
  it('shows maps, lists and texts as plain JSON, and leaves the stored document as it was', async () => {
    const dir = await tempDir();
    const db = await openKv(dir);
    cleanups.push(async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    });
    const docs = new DocStore(db, new WriteQueue<KvOp>((ops) => db.batch(ops)));
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const workout = new Y.Map<unknown>();
    doc.getMap('workouts').set('w1', workout);
    workout.set('type', 'tempo');
    doc.getArray('weeks').push([{ week: 1 }]);
    doc.getText('notes').insert(0, 'easy week');
    doc.getMap('results');
    const name = '1b4e28ba-2fa1-41d2-883f-0016d3cca427/plan/p1';
    for (const [seq, update] of updates.entries()) await docs.append(name, seq, update);
    const before = await docs.load(name);

    const view = await renderDoc(docs, name);
    expect(view).toMatchObject({
      name,
      truncated: false,
      content: {
        workouts: { w1: { type: 'tempo' } },
        weeks: [{ week: 1 }],
        notes: 'easy week',
      },
    });
    expect(view.storedBytes).toBe(before.storedBytes);
    expect((await docs.load(name)).records).toEqual(before.records);
  });
});
