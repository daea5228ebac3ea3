import { chmod, mkdir } from 'node:fs/promises';
import type { RelayConfig } from './config.ts';
import type { DocStorage } from './doc-storage.ts';
import { DocStore } from './doc-store.ts';
import { guardedDocStorage } from './guarded-doc-storage.ts';
import { openKv, type KvOp } from './kv.ts';
import { openDatabase } from './pg-database.ts';
import { PgDocStore } from './pg-doc-store.ts';
import { pgRecords } from './pg-records.ts';
import type { Reachability } from './reachability.ts';
import { guardedRecords, levelRecords, redisRecords, type Records } from './records.ts';
import { trackedRedis } from './redis-client.ts';
import { loadSigningKey } from './tokens.ts';
import { isPgUnreachable, isRedisUnreachable } from './unreachable-errors.ts';
import { WriteQueue } from './write-queue.ts';

export type Storage = {
  docs: DocStorage;
  records: Records;
  /** How many record writes this process has made, when no other process writes them; else null. */
  recordWrites: (() => number) | null;
  signingKey: Uint8Array;
  /** Waits for queued writes, then closes the database connections. */
  close(): Promise<void>;
};

/** The shared stores in use (null: not configured), each watched for reachability. */
export type SharedStores = { redis: Reachability | null; database: Reachability | null };

// The database is marked unreachable under this source by any failed request and reachable
// again only by the periodic probe.
const PROBE = 'probe';

/**
 * Where the relay keeps things: PostgreSQL with DATABASE_URL (documents and records, shared by
 * every relay); otherwise LevelDB in DATA_DIR, with records in Redis when REDIS_URL is set.
 */
export async function openStorage(
  config: RelayConfig,
  onBatch: (seconds: number) => void,
  shared: SharedStores,
): Promise<Storage> {
  const { database, redis: redisReachability } = shared;
  if (config.databaseUrl && database) {
    // An idle connection dropping is the first sign of a database going away.
    const pool = await openDatabase(config.databaseUrl, config.storeTimeoutMs, (error) =>
      database.report(PROBE, false, error),
    );
    const docs = new PgDocStore(pool, onBatch);
    const signingKey = await loadSigningKey(config.dataDir, config.jwtSecret);
    let probing = false;
    const probe = setInterval(() => {
      if (probing) return;
      probing = true;
      pool
        .query('SELECT 1')
        .then(
          () => database.report(PROBE, true),
          (error: unknown) => database.report(PROBE, false, error),
        )
        .finally(() => (probing = false));
    }, config.healthProbeMs);
    return {
      docs: guardedDocStorage(docs, database, isPgUnreachable, PROBE),
      records: guardedRecords(pgRecords(pool), database, isPgUnreachable, PROBE),
      recordWrites: null,
      signingKey,
      close: async () => {
        clearInterval(probe);
        await docs.flush();
        await pool.end();
      },
    };
  }
  // Only the relay's own user may read what it stores.
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await chmod(config.dataDir, 0o700);
  const db = await openKv(config.dataDir);
  const queue = new WriteQueue<KvOp>((ops) => db.batch(ops, { sync: config.syncWrites }), onBatch);
  const redis =
    config.redisUrl && redisReachability
      ? trackedRedis(config.redisUrl, 'records', redisReachability, {
          maxRetriesPerRequest: 2,
          commandTimeout: config.storeTimeoutMs,
        })
      : null;
  const local = levelRecords(db);
  return {
    docs: new DocStore(db, queue),
    records:
      redis && redisReachability
        ? guardedRecords(
            redisRecords(redis.client, 'splits'),
            redisReachability,
            isRedisUnreachable,
            null,
          )
        : local,
    recordWrites: redis ? null : () => local.writes(),
    signingKey: await loadSigningKey(config.dataDir, config.jwtSecret),
    close: async () => {
      await queue.flush();
      await db.close();
      await redis?.quit();
    },
  };
}
