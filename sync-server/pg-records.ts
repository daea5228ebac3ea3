import type pg from 'pg';
import { inTransaction } from './pg-database.ts';
import { RecordExists, type Records } from './records.ts';

const UNIQUE_VIOLATION = '23505';

type Row = { key: string; value: Buffer };

/**
 * Accounts, logins and shares in PostgreSQL (table relay_records). The key is the primary key,
 * so a `create` of a taken key (an email registered at the same moment on another relay) fails
 * on the database's unique constraint and its whole transaction rolls back.
 */
export function pgRecords(pool: pg.Pool): Records {
  const put = (client: pg.Pool | pg.PoolClient, key: string, value: Uint8Array) =>
    client.query(
      'INSERT INTO relay_records (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
      [key, Buffer.from(value)],
    );
  return {
    get: async (key) => {
      const { rows } = await pool.query<Row>('SELECT value FROM relay_records WHERE key = $1', [
        key,
      ]);
      const value = rows[0]?.value;
      return value ? new Uint8Array(value) : undefined;
    },
    put: async (key, value) => {
      await put(pool, key, value);
    },
    batch: (ops) =>
      inTransaction(pool, async (client) => {
        for (const op of ops) {
          if (op.type === 'put') await put(client, op.key, op.value);
          else if (op.type === 'del')
            await client.query('DELETE FROM relay_records WHERE key = $1', [op.key]);
          else {
            try {
              await client.query('INSERT INTO relay_records (key, value) VALUES ($1, $2)', [
                op.key,
                Buffer.from(op.value),
              ]);
            } catch (error) {
              if ((error as { code?: string }).code === UNIQUE_VIOLATION)
                throw new RecordExists(op.key);
              throw error;
            }
          }
        }
      }),
    scan: async (prefix) => {
      // The "C" collation orders keys by bytes: the range lets the primary-key index find them
      // (U+10FFFF sorts after every character), starts_with keeps it exact.
      const { rows } = await pool.query<Row>(
        'SELECT key, value FROM relay_records WHERE key >= $1 AND key < $2 AND starts_with(key, $1) ORDER BY key',
        [prefix, `${prefix}\u{10ffff}`],
      );
      return rows.map((r): [string, Uint8Array] => [r.key, new Uint8Array(r.value)]);
    },
    page: async (prefix, after, limit) => {
      const { rows } = await pool.query<Row>(
        'SELECT key, value FROM relay_records WHERE key >= $1 AND key > $2 AND key < $3 AND starts_with(key, $1) ORDER BY key LIMIT $4',
        [prefix, after ?? '', `${prefix}\u{10ffff}`, limit],
      );
      return rows.map((r): [string, Uint8Array] => [r.key, new Uint8Array(r.value)]);
    },
  };
}
