import { mkdir } from 'node:fs/promises';
import { Redis } from 'ioredis';
import type { RelayConfig } from './config.ts';
import type { DocStorage } from './doc-storage.ts';
import { DocStore } from './doc-store.ts';
import { openKv, type KvOp } from './kv.ts';
import type { Logger } from './log.ts';
import { openDatabase } from './pg-database.ts';
import { PgDocStore } from './pg-doc-store.ts';
import { pgRecords } from './pg-records.ts';
import { levelRecords, redisRecords, type Records } from './records.ts';
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

/**
 * Where the relay keeps things: PostgreSQL with DATABASE_URL (documents and records, shared by
 * every relay); otherwise LevelDB in DATA_DIR, with records in Redis when REDIS_URL is set.
 */
export async function openStorage(
  config: RelayConfig,
  log: Logger,
  onBatch: (seconds: number) => void,
): Promise<Storage> {
  if (config.databaseUrl) {
    const pool = await openDatabase(config.databaseUrl, (error) =>
      log.warn({ err: error }, 'database connection problem'),
    );
    const docs = new PgDocStore(pool, onBatch);
    return {
      docs,
      records: pgRecords(pool),
      recordWrites: null,
      signingKey: await loadSigningKey(config.dataDir, config.jwtSecret),
      close: async () => {
        await docs.flush();
        await pool.end();
      },
    };
  }
  await mkdir(config.dataDir, { recursive: true });
  const db = await openKv(config.dataDir);
  const queue = new WriteQueue<KvOp>((ops) => db.batch(ops, { sync: config.syncWrites }), onBatch);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : null;
  redis?.on('error', (error: unknown) => log.warn({ err: error }, 'redis connection problem'));
  const local = levelRecords(db);
  return {
    docs: new DocStore(db, queue),
    records: redis ? redisRecords(redis, 'splits') : local,
    recordWrites: redis ? null : () => local.writes(),
    signingKey: await loadSigningKey(config.dataDir, config.jwtSecret),
    close: async () => {
      await queue.flush();
      await db.close();
      await redis?.quit();
    },
  };
}
