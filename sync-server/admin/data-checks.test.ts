import { rm } from 'node:fs/promises';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Accounts } from '../accounts.ts';
import type { DocStorage } from '../doc-storage.ts';
import { DocStore } from '../doc-store.ts';
import { jsonBytes, openKv, type KvOp } from '../kv.ts';
import { PasswordHasher } from '../password.ts';
import { openDatabase } from '../pg-database.ts';
import { PgDocStore } from '../pg-doc-store.ts';
import { pgRecords } from '../pg-records.ts';
import { levelRecords, type Records } from '../records.ts';
import { ScryptThreads } from '../scrypt-threads.ts';
import { startPostgres } from '../test-support/postgres-server.ts';
import { tempDir, uniqueEmail } from '../test-support/relay-harness.ts';
import { WriteQueue } from '../write-queue.ts';
import { runDataChecks } from './data-checks.ts';
import { migrateLastLogins } from './last-login.ts';

const DAY_MS = 86_400_000;
const cleanups: Array<() => Promise<void>> = [];
let postgresUrl: string;
const threads = new ScryptThreads(1);
const silent = pino({ level: 'silent' });

beforeAll(async () => {
  const postgres = await startPostgres();
  postgresUrl = postgres.url;
  cleanups.push(() => postgres.stop());
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await threads.close();
});

type Stores = { records: Records; docs: DocStorage };
const backends: Array<[string, () => Promise<Stores>]> = [
  [
    'LevelDB',
    async () => {
      const dir = await tempDir();
      const db = await openKv(dir);
      cleanups.push(async () => {
        await db.close();
        await rm(dir, { recursive: true, force: true });
      });
      const docs = new DocStore(db, new WriteQueue<KvOp>((ops) => db.batch(ops)));
      return { records: levelRecords(db), docs };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const pool = await openDatabase(postgresUrl, 10_000, (error) => {
        throw error;
      });
      cleanups.push(() => pool.end());
      return { records: pgRecords(pool), docs: new PgDocStore(pool) };
    },
  ],
];

const accountsOn = (records: Records) =>
  new Accounts(records, {
    signingKey: new TextEncoder().encode('a signing key for the data check tests, 32+'),
    accessTokenTtlS: 900,
    refreshTokenTtlDays: 60,
    hasher: new PasswordHasher(threads, 14),
    onFamilyRevoked: () => {},
  });

/** `count` separate updates of one document, appended as a relay appends them. */
async function appendUpdates(docs: DocStorage, name: string, count: number) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getMap('dayFields').set(`day-${i}`, i);
  for (const [seq, update] of updates.entries()) await docs.append(name, seq, update);
}

describe.each(backends)('data checks on %s', (_name, open) => {
  it('lists large, quarantined and uncompacted documents and accounts quiet for a year', async () => {
    const { records, docs } = await open();
    const accounts = accountsOn(records);
    const recent = await accounts.register(
      uniqueEmail('recent'),
      'a long enough password',
      undefined,
    );
    const older = await accounts.register(
      uniqueEmail('older'),
      'a long enough password',
      undefined,
    );
    // An account from before sign-ins were recorded: the migration estimates its last one.
    await records.batch([{ type: 'del', key: `last-login:${older.userId}` }]);
    expect(await migrateLastLogins(records, 60, silent)).toBe(1);
    expect(await migrateLastLogins(records, 60, silent)).toBe(0);

    const a = recent.athleteId;
    await records.put(`docsize:${a}/journal`, jsonBytes({ bytes: 5_000 }));
    await records.put(`docsize:${a}/plan/p1`, jsonBytes({ bytes: 900 }));
    await appendUpdates(docs, `${a}/activities`, 6);
    await appendUpdates(docs, `${a}/plan/p1`, 2);
    // A key naming no stored row: quarantine keeps the bytes aside and removes nothing else.
    await docs.quarantine([['log:broken!999999999', new Uint8Array([1, 2, 3])]]);

    const now = Date.now();
    const today = await runDataChecks(
      { records, docs, accounts, dataCheckDocBytes: 1024, compactAfterUpdates: 5 },
      now,
    );
    expect(today.largeDocuments).toMatchObject({
      total: 1,
      items: [{ name: `${a}/journal`, bytes: 5_000 }],
    });
    expect(today.uncompacted.items).toEqual([{ name: `${a}/activities`, updates: 6 }]);
    expect(today.quarantined.items.map((q) => q.key)).toEqual(['log:broken!999999999']);
    expect(today.quarantined.items[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(today.inactiveAccounts.total).toBe(0);

    const inAYear = await runDataChecks(
      { records, docs, accounts, dataCheckDocBytes: 1024, compactAfterUpdates: 5 },
      now + 366 * DAY_MS,
    );
    const quiet = inAYear.inactiveAccounts.items.map((i) => [i.userId, i.estimated]);
    expect(quiet).toContainEqual([recent.userId, false]);
    expect(quiet).toContainEqual([older.userId, true]);
  });
});
