import { chmod, mkdir } from 'node:fs/promises';
import type { RelayConfig } from './config.ts';
import type { DocStorage } from './doc-storage.ts';
import { DocStore } from './doc-store.ts';
import { openKv, type KvOp } from './kv.ts';
import type { Reachability } from './reachability.ts';
import { guardedRecords, levelRecords, redisRecords, type Records } from './records.ts';
import { loadSigningKey } from './tokens.ts';
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
    // Loaded only when used: a relay on its own never loads the PostgreSQL client.
    const { openPgStorage } = await import('./pg-storage.ts');
    return openPgStorage({ ...config, databaseUrl: config.databaseUrl }, onBatch, database);
  }
  // Only the relay's own user may read what it stores.
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await chmod(config.dataDir, 0o700);
  const db = await openKv(config.dataDir);
  const queue = new WriteQueue<KvOp>((ops) => db.batch(ops, { sync: config.syncWrites }), onBatch);
  // Loaded only when used, like PostgreSQL above.
  const redisModules =
    config.redisUrl && redisReachability
      ? await Promise.all([import('./redis-client.ts'), import('./unreachable-errors.ts')])
      : null;
  const redis =
    config.redisUrl && redisReachability && redisModules
      ? redisModules[0].trackedRedis(config.redisUrl, 'records', redisReachability, {
          maxRetriesPerRequest: 2,
          commandTimeout: config.storeTimeoutMs,
        })
      : null;
  const local = levelRecords(db);
  return {
    docs: new DocStore(db, queue),
    records:
      redis && redisReachability && redisModules
        ? guardedRecords(
            redisRecords(redis.client, 'splits'),
            redisReachability,
            redisModules[1].isRedisUnreachable,
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
