import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from './pg-database.ts';
import { PgDocStore } from './pg-doc-store.ts';
import { startPostgres, type TestPostgres } from './test-support/postgres-server.ts';

let server: TestPostgres;
const pools: pg.Pool[] = [];
let docCounter = 0;

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await server.stop();
});

/** A relay's view of the database: its own pool and store. */
async function relayStore() {
  // As the relay does, an idle connection's error is reported and the pool replaces the client;
  // throwing here would turn a dropped idle connection into an uncaught exception.
  const pool = await openDatabase(server.url, 10_000, (error) => {
    console.warn('idle PostgreSQL client failed', error);
  });
  pools.push(pool);
  return { pool, store: new PgDocStore(pool) };
}

function newName() {
  docCounter += 1;
  return `1b4e28ba-2fa1-41d2-883f-0016d3cca427/plan/doc${docCounter}`;
}

function rebuild(records: Array<{ payload: Uint8Array }>) {
  const doc = new Y.Doc();
  for (const r of records) Y.applyUpdate(doc, r.payload);
  return doc.getMap('dayFields').toJSON();
}

describe('PostgreSQL document store', () => {
  it('replays the shared log in commit order and counts its rows', async () => {
    const { store } = await relayStore();
    const name = newName();
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 3; i++) doc.getMap('dayFields').set(`day-${i}`, i);
    await Promise.all(updates.map((u, seq) => store.append(name, seq, u)));
    const loaded = await store.load(name);
    expect(loaded.nextSeq - loaded.firstSeq).toBe(3);
    expect(rebuild(loaded.records)).toEqual({ 'day-0': 0, 'day-1': 1, 'day-2': 2 });
  });

  it('loses nothing when two relays append and compact one document at the same time', async () => {
    const a = await relayStore();
    const b = await relayStore();
    const name = newName();
    // Each relay holds its own replica and folds the log every few appends, as SharedDoc does.
    const writeFrom = async (store: PgDocStore, label: string) => {
      const replica = new Y.Doc();
      const writes: Array<Promise<void>> = [];
      for (let i = 0; i < 60; i++) {
        const before = Y.encodeStateVector(replica);
        replica.getMap('dayFields').set(`${label}-${i}`, i);
        writes.push(store.append(name, i, Y.encodeStateAsUpdate(replica, before)));
        if (i % 7 === 6) writes.push(store.compact(name, Y.encodeStateAsUpdate(replica)));
        if (i % 10 === 9) await Promise.all(writes);
      }
      await Promise.all(writes);
    };
    await Promise.all([writeFrom(a.store, 'a'), writeFrom(b.store, 'b')]);
    // A compaction that adds nothing of its own: the database alone must now hold all 120 edits.
    await a.store.compact(name, new Uint8Array([0, 0]));

    const loaded = await b.store.load(name);
    expect(Object.keys(rebuild(loaded.records))).toHaveLength(120);
    expect(loaded.records).toHaveLength(1);
    const { rows } = await a.pool.query<{ version: string }>(
      'SELECT version::text AS version FROM relay_doc_snapshots WHERE name = $1',
      [name],
    );
    // 8 compactions from each relay (i = 6, 13, … 55) and the last one: every one took its turn.
    expect(Number(rows[0]?.version)).toBe(17);
  });

  it('sets aside a row whose checksum fails and loads the rest', async () => {
    const { pool, store } = await relayStore();
    const name = newName();
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 3; i++) doc.getMap('dayFields').set(`day-${i}`, i);
    for (const [seq, u] of updates.entries()) await store.append(name, seq, u);
    // Flip the last byte of the newest row, as a bit flip on disk would.
    await pool.query(
      `UPDATE relay_doc_updates SET payload = set_byte(payload, length(payload) - 1,
         get_byte(payload, length(payload) - 1) # 255)
       WHERE id = (SELECT max(id) FROM relay_doc_updates WHERE name = $1)`,
      [name],
    );

    const loaded = await store.load(name);
    expect(loaded.quarantined).toHaveLength(1);
    expect(loaded.quarantined[0]).toMatch(new RegExp(`^log:${name}!\\d+$`));
    expect(rebuild(loaded.records)).toEqual({ 'day-0': 0, 'day-1': 1 });
    const { rows } = await pool.query('SELECT key FROM relay_quarantine WHERE key = $1', [
      loaded.quarantined[0],
    ]);
    expect(rows).toHaveLength(1);
    expect((await store.load(name)).quarantined).toEqual([]);
  });
});
