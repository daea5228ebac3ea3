import pg from 'pg';

// Tables are made at start-up. Relays starting together would race on CREATE, so the DDL runs
// under one transaction-scoped advisory lock (an arbitrary constant shared by every relay).
const SCHEMA_LOCK = 7_316_415_120;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS relay_records (
  key text COLLATE "C" PRIMARY KEY,
  value bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_doc_snapshots (
  name text PRIMARY KEY,
  version bigint NOT NULL,
  snapshot bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_doc_updates (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  payload bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS relay_doc_updates_by_name ON relay_doc_updates (name, id);
CREATE TABLE IF NOT EXISTS relay_quarantine (
  id bigserial PRIMARY KEY,
  key text NOT NULL,
  payload bytea NOT NULL,
  quarantined_at timestamptz NOT NULL DEFAULT now()
);
`;

/** A connection pool to DATABASE_URL with the relay's tables in place. */
export async function openDatabase(
  url: string,
  queryTimeoutMs: number,
  onError: (error: Error) => void,
) {
  // A database that cannot be reached fails requests within seconds instead of holding them.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    query_timeout: queryTimeoutMs,
  });
  // An idle client losing its connection must not crash the relay; the pool replaces it.
  pool.on('error', onError);
  try {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  isolation: 'READ COMMITTED' | 'REPEATABLE READ' = 'READ COMMITTED',
): Promise<T> {
  const client = await pool.connect();
  // A connection whose ROLLBACK failed is in an unknown state: it goes back to be destroyed.
  let unusable: Error | undefined;
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      unusable = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(unusable);
  }
}
