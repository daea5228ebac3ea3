import { rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBytes, openKv } from '../kv.ts';
import { openDatabase } from '../pg-database.ts';
import { pgRecords } from '../pg-records.ts';
import { levelRecords, redisRecords, type Records } from '../records.ts';
import { startPostgres, type TestPostgres } from '../test-support/postgres-server.ts';
import { startRedis, type TestRedis } from '../test-support/redis-server.ts';
import { tempDir } from '../test-support/relay-harness.ts';

// `page` reads the console's account search a page at a time, in each record store.
let redis: TestRedis;
let postgres: TestPostgres;
const closing: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
});
afterAll(async () => {
  for (const close of closing.reverse()) await close();
  await redis.stop();
  await postgres.stop();
});

const stores: Array<[string, () => Promise<Records>]> = [
  [
    'LevelDB',
    async () => {
      const dir = await tempDir();
      const db = await openKv(dir);
      closing.push(
        () => rm(dir, { recursive: true, force: true }),
        () => db.close(),
      );
      return levelRecords(db);
    },
  ],
  [
    'Redis',
    async () => {
      const client = new Redis(redis.url);
      closing.push(() => client.quit());
      return redisRecords(client, 'page-test');
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const pool = await openDatabase(postgres.url, 10_000, () => {});
      closing.push(() => pool.end());
      return pgRecords(pool);
    },
  ],
];

describe.each(stores)('records a page at a time (%s)', (_name, open) => {
  it('gives at most `limit` keys of a prefix in order, after a key, never another prefix', async () => {
    const records = await open();
    const emails = ['ben@x', 'ada@x', 'ada.b@x', 'cleo@x', 'adam@x'];
    await records.batch([
      ...emails.map((e) => ({ type: 'put' as const, key: `email:${e}`, value: jsonBytes(e) })),
      { type: 'put', key: 'emails-other', value: jsonBytes('not an email key') },
      { type: 'put', key: 'emaik:z', value: jsonBytes('before the prefix') },
    ]);
    const keys = async (prefix: string, after: string | null, limit: number) =>
      (await records.page(prefix, after, limit)).map(([key]) => key);
    expect(await keys('email:', null, 2)).toEqual(['email:ada.b@x', 'email:ada@x']);
    expect(await keys('email:', 'email:ada@x', 2)).toEqual(['email:adam@x', 'email:ben@x']);
    expect(await keys('email:', 'email:ben@x', 10)).toEqual(['email:cleo@x']);
    expect(await keys('email:ada', null, 10)).toEqual([
      'email:ada.b@x',
      'email:ada@x',
      'email:adam@x',
    ]);
    expect(await keys('email:zed', null, 10)).toEqual([]);
    // A cursor before the prefix starts at the prefix, never before it.
    expect(await keys('email:b', 'email:ada@x', 10)).toEqual(['email:ben@x']);
  });
});
