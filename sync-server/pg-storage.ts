import type { RelayConfig } from './config.ts';
import { guardedDocStorage } from './guarded-doc-storage.ts';
import { openDatabase } from './pg-database.ts';
import { PgDocStore } from './pg-doc-store.ts';
import { pgRecords } from './pg-records.ts';
import type { Reachability } from './reachability.ts';
import { guardedRecords } from './records.ts';
import type { Storage } from './storage.ts';
import { loadSigningKey } from './tokens.ts';
import { isPgUnreachable } from './unreachable-errors.ts';

// The database is marked unreachable under this source by any failed request and reachable
// again only by the periodic probe.
const PROBE = 'probe';

/** Documents and records in PostgreSQL (DATABASE_URL), shared by every relay. */
export async function openPgStorage(
  config: RelayConfig & { databaseUrl: string },
  onBatch: (seconds: number) => void,
  database: Reachability,
): Promise<Storage> {
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
