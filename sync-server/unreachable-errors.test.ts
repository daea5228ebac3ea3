import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './test-support/postgres-server.ts';
import { freePort, startRedis, type TestRedis } from './test-support/redis-server.ts';
import { isPgUnreachable, isRedisUnreachable } from './unreachable-errors.ts';

let postgres: TestPostgres;
let redis: TestRedis;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
});
afterAll(async () => {
  await Promise.all([postgres.stop(), redis.stop()]);
});

const failure = (work: () => Promise<unknown>) =>
  work().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('telling "the store did not answer" from "the store said no"', () => {
  it('for PostgreSQL: refused or cut connections, but not SQL errors', async () => {
    const nobody = new pg.Client({ host: '127.0.0.1', port: await freePort(), user: 'postgres' });
    expect(isPgUnreachable(await failure(() => nobody.connect()))).toBe(true);

    const pool = new pg.Pool({ connectionString: postgres.url, max: 1 });
    pool.on('error', () => {}); // the idle client is cut below; the query's own error is checked
    try {
      expect(isPgUnreachable(await failure(() => pool.query('SELEKT 1')))).toBe(false);
      expect(isPgUnreachable(await failure(() => pool.query('SELECT 1 / 0')))).toBe(false);
      // Another session ends ours, as a server shutting down would (SQLSTATE 57P01).
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const killer = new pg.Client({ connectionString: postgres.url });
      await killer.connect();
      const cut = failure(() => pool.query('SELECT pg_sleep(5)'));
      // Wait until the sleep is running on that session, so it is the query that gets cut.
      for (;;) {
        const activity = await killer.query<{ state: string }>(
          'SELECT state FROM pg_stat_activity WHERE pid = $1',
          [rows[0]?.pid],
        );
        if (activity.rows[0]?.state === 'active') break;
      }
      await killer.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
      await killer.end();
      expect(isPgUnreachable(await cut)).toBe(true);
    } finally {
      await pool.end();
    }
  });

  it('for Redis: a closed connection, but not an error reply', async () => {
    const client = new Redis(redis.url, { maxRetriesPerRequest: 0 });
    try {
      expect(isRedisUnreachable(await failure(() => client.call('NO-SUCH-COMMAND')))).toBe(false);
      expect(isRedisUnreachable(await failure(() => client.call('INCR')))).toBe(false);
    } finally {
      client.disconnect();
    }
    expect(isRedisUnreachable(await failure(() => client.get('anything')))).toBe(true);
  });
});
