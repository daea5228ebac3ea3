import type pg from 'pg';
import * as Y from 'yjs';
import type { DocStorage, StorageSurvey, StoredDoc, StoredRecord } from './doc-storage.ts';
import { inTransaction } from './pg-database.ts';
import { seal, unseal } from './sealed-record.ts';
import { WriteQueue } from './write-queue.ts';

// Every relay appends to one shared log per document (relay_doc_updates, ids from one sequence)
// and folds it into relay_doc_snapshots. Record keys name a row so quarantine can find it:
// `snap:<name>@<version>` and `log:<name>!<id>` (document names hold neither '@' nor '!').
const snapKey = (name: string, version: string) => `snap:${name}@${version}`;
const logKey = (name: string, id: string) => `log:${name}!${id}`;

type Append = { name: string; sealed: Buffer };
type SnapshotRow = { version: string; snapshot: Buffer };
type LogRow = { id: string; payload: Buffer };
type Quarantined = Array<[string, Uint8Array]>;

/** Documents in PostgreSQL, shared by every relay on DATABASE_URL. */
export class PgDocStore implements DocStorage {
  private readonly queue: WriteQueue<Append>;

  constructor(
    private readonly pool: pg.Pool,
    onBatch: (seconds: number, items: number) => void = () => {},
  ) {
    // One INSERT per group of concurrent appends: one commit (and WAL flush) per batch.
    this.queue = new WriteQueue<Append>(async (rows) => {
      await this.pool.query(
        'INSERT INTO relay_doc_updates (name, payload) SELECT * FROM unnest($1::text[], $2::bytea[])',
        [rows.map((r) => r.name), rows.map((r) => r.sealed)],
      );
    }, onBatch);
  }

  async load(name: string): Promise<StoredDoc> {
    // One snapshot of the database, so a compaction committing meanwhile cannot hide rows.
    const { snapshot, log } = await inTransaction(
      this.pool,
      async (client) => ({
        snapshot: await readSnapshot(client, name),
        log: await readLog(client, name),
      }),
      'REPEATABLE READ',
    );
    const records: StoredRecord[] = [];
    const bad: Quarantined = [];
    const sort = (key: string, value: Buffer) => {
      const payload = unseal(new Uint8Array(value));
      if (payload) records.push({ key, payload });
      else bad.push([key, new Uint8Array(value)]);
    };
    if (snapshot) sort(snapKey(name, snapshot.version), snapshot.snapshot);
    for (const row of log) sort(logKey(name, row.id), row.payload);
    if (bad.length > 0) await this.quarantine(bad);
    return {
      records,
      firstSeq: 0,
      // Counts the log rows so this relay compacts once it has added enough to them.
      nextSeq: log.length,
      storedBytes: records.reduce((sum, r) => sum + r.payload.length, 0),
      quarantined: bad.map(([key]) => key),
    };
  }

  append(name: string, _seq: number, update: Uint8Array): Promise<void> {
    return this.queue.write([{ name, sealed: Buffer.from(seal(update)) }]);
  }

  /**
   * Merges the stored snapshot, every stored log row and this relay's state into a new snapshot
   * and deletes exactly the rows it merged. Rows another relay commits meanwhile stay in the log,
   * and the advisory lock makes concurrent compactions of one document take turns, so none
   * overwrites a snapshot it has not merged.
   */
  async compact(name: string, snapshot: Uint8Array): Promise<void> {
    const bad = await inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [name]);
      const stored = await readSnapshot(client, name);
      const log = await readLog(client, name);
      const doc = new Y.Doc();
      const merged: string[] = [];
      const unreadable: Quarantined = [];
      const merge = (key: string, value: Buffer) => {
        const payload = unseal(new Uint8Array(value));
        if (payload && applies(doc, payload)) return true;
        unreadable.push([key, new Uint8Array(value)]);
        return false;
      };
      if (stored) merge(snapKey(name, stored.version), stored.snapshot);
      for (const row of log) if (merge(logKey(name, row.id), row.payload)) merged.push(row.id);
      Y.applyUpdate(doc, snapshot);
      const folded = Buffer.from(seal(Y.encodeStateAsUpdate(doc)));
      doc.destroy();
      // A snapshot that failed its check is kept in quarantine before it is replaced.
      for (const [key, value] of unreadable.filter(([key]) => key.startsWith('snap:'))) {
        await client.query('INSERT INTO relay_quarantine (key, payload) VALUES ($1, $2)', [
          key,
          Buffer.from(value),
        ]);
      }
      await client.query(
        `INSERT INTO relay_doc_snapshots (name, version, snapshot) VALUES ($1, 1, $2)
         ON CONFLICT (name) DO UPDATE SET version = relay_doc_snapshots.version + 1, snapshot = EXCLUDED.snapshot`,
        [name, folded],
      );
      await client.query('DELETE FROM relay_doc_updates WHERE id = ANY($1::bigint[])', [merged]);
      return unreadable.filter(([key]) => key.startsWith('log:'));
    });
    if (bad.length > 0) await this.quarantine(bad);
  }

  async removeUnder(prefix: string): Promise<number> {
    await this.queue.flush();
    return inTransaction(this.pool, async (client) => {
      const snaps = await client.query(
        'DELETE FROM relay_doc_snapshots WHERE starts_with(name, $1)',
        [prefix],
      );
      const log = await client.query('DELETE FROM relay_doc_updates WHERE starts_with(name, $1)', [
        prefix,
      ]);
      return (snaps.rowCount ?? 0) + (log.rowCount ?? 0);
    });
  }

  async survey(minUpdates: number, limit: number): Promise<StorageSurvey> {
    const quarantined = await this.pool.query<{ key: string; at: Date }>(
      'SELECT key, quarantined_at AS at FROM relay_quarantine ORDER BY id DESC LIMIT $1',
      [limit],
    );
    const uncompacted = await this.pool.query<{ name: string; updates: string }>(
      `SELECT name, count(*) AS updates FROM relay_doc_updates GROUP BY name
       HAVING count(*) >= $1 ORDER BY count(*) DESC LIMIT $2`,
      [minUpdates, limit],
    );
    return {
      quarantined: quarantined.rows.map((r) => ({ key: r.key, at: r.at.toISOString() })),
      uncompacted: uncompacted.rows.map((r) => ({ name: r.name, updates: Number(r.updates) })),
    };
  }

  async quarantine(entries: Quarantined): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const [key, value] of entries) {
        await client.query('INSERT INTO relay_quarantine (key, payload) VALUES ($1, $2)', [
          key,
          Buffer.from(value),
        ]);
        const snap = /^snap:(.+)@(\d+)$/.exec(key);
        const log = /^log:.+!(\d+)$/.exec(key);
        if (snap) {
          await client.query('DELETE FROM relay_doc_snapshots WHERE name = $1 AND version = $2', [
            snap[1],
            snap[2],
          ]);
        } else if (log) {
          await client.query('DELETE FROM relay_doc_updates WHERE id = $1', [log[1]]);
        }
      }
    });
  }

  /** Resolves once every append queued so far is committed. */
  flush(): Promise<void> {
    return this.queue.flush();
  }
}

async function readSnapshot(client: pg.PoolClient, name: string): Promise<SnapshotRow | null> {
  const { rows } = await client.query<SnapshotRow>(
    'SELECT version::text AS version, snapshot FROM relay_doc_snapshots WHERE name = $1',
    [name],
  );
  return rows[0] ?? null;
}

async function readLog(client: pg.PoolClient, name: string): Promise<LogRow[]> {
  const { rows } = await client.query<LogRow>(
    'SELECT id::text AS id, payload FROM relay_doc_updates WHERE name = $1 ORDER BY id',
    [name],
  );
  return rows;
}

/** Applies an update that passed its checksum; false when Yjs cannot read it. */
function applies(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    Y.applyUpdate(doc, update);
    return true;
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
}
