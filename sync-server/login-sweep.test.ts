import { rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from './password.ts';
import { ScryptThreads } from './scrypt-threads.ts';
import { Accounts } from './accounts.ts';
import { ApiError } from './api-error.ts';
import { jsonBytes, openKv } from './kv.ts';
import { SWEEP_GRACE_MS, sweepExpiredLogins } from './login-sweep.ts';
import { levelRecords, redisRecords, type Records } from './records.ts';
import { startRedis } from './test-support/redis-server.ts';
import { tempDir, uniqueEmail } from './test-support/relay-harness.ts';

const DAY_MS = 86_400_000;
const cleanups: Array<() => Promise<void>> = [];
let redisUrl: string;

beforeAll(async () => {
  const redis = await startRedis();
  redisUrl = redis.url;
  cleanups.push(() => redis.stop());
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const backends: Array<[string, () => Promise<Records>]> = [
  [
    'LevelDB',
    async () => {
      const dir = await tempDir();
      const db = await openKv(dir);
      cleanups.push(async () => {
        await db.close();
        await rm(dir, { recursive: true, force: true });
      });
      return levelRecords(db);
    },
  ],
  [
    'Redis',
    async () => {
      const client = new Redis(redisUrl);
      cleanups.push(async () => {
        await client.quit();
      });
      return redisRecords(client, `sweep-${Date.now()}`);
    },
  ],
];

const threads = new ScryptThreads(1);
afterAll(() => threads.close());

function accounts(db: Records, refreshTokenTtlDays: number) {
  return new Accounts(db, {
    signingKey: new TextEncoder().encode('a signing key for the sweep tests, 32+ chars'),
    accessTokenTtlS: 900,
    refreshTokenTtlDays,
    hasher: new PasswordHasher(threads, 14),
    onFamilyRevoked: () => {},
  });
}

const keys = async (db: Records, prefix: string) => (await db.scan(prefix)).map(([key]) => key);

async function refreshFails(accounts: Accounts, token: string): Promise<string> {
  const error: unknown = await accounts.refresh(token).then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error.code;
}

describe.each(backends)('the login sweep on %s', (_name, open) => {
  it('removes only tokens past their lifetime, and reuse of a live rotated token is still caught', async () => {
    const db = await open();
    const shortLived = accounts(db, 1);
    const longLived = accounts(db, 2);
    const password = 'a long enough password';

    // A one-day login, rotated once, and a second one-day login that signed out.
    const short = await shortLived.register(uniqueEmail('short'), password, undefined);
    await shortLived.refresh(short.refreshToken);
    const ended = await shortLived.register(uniqueEmail('ended'), password, undefined);
    await shortLived.logout(ended.refreshToken);
    // A two-day login, rotated once: its first token is spent but could still be presented.
    const long = await longLived.register(uniqueEmail('long'), password, undefined);
    const rotated = await longLived.refresh(long.refreshToken);
    // A marker written before markers carried their expiry.
    await db.put('used:legacy', jsonBytes({ usedAt: new Date().toISOString() }));

    const started = Date.now();
    expect(await sweepExpiredLogins(db, 1, started)).toEqual({ refresh: 0, used: 0, families: 0 });
    // Just before the one-day tokens could be swept, everything is still there.
    expect(await sweepExpiredLogins(db, 1, started + DAY_MS + SWEEP_GRACE_MS - 60_000)).toEqual({
      refresh: 0,
      used: 0,
      families: 0,
    });

    const counts = await sweepExpiredLogins(db, 1, started + DAY_MS + SWEEP_GRACE_MS + 60_000);
    // short: two tokens, one marker, one family; ended: one token, one family; plus the legacy marker.
    expect(counts).toEqual({ refresh: 3, used: 2, families: 2 });
    expect(await keys(db, 'refresh:')).toHaveLength(2);
    expect(await keys(db, 'used:')).toHaveLength(1);
    expect(await keys(db, 'family:')).toHaveLength(1);
    // The accounts themselves stay.
    expect(await keys(db, 'user:')).toHaveLength(3);

    // The two-day login survived the sweep, and presenting its rotated token ends it.
    expect(await refreshFails(longLived, long.refreshToken)).toBe('refresh_reused');
    expect(await refreshFails(longLived, rotated.refreshToken)).toBe('invalid_refresh');

    // Once two days have passed as well, nothing of any login is left.
    expect(await sweepExpiredLogins(db, 2, started + 2 * DAY_MS + SWEEP_GRACE_MS + 60_000)).toEqual(
      { refresh: 2, used: 1, families: 1 },
    );
    for (const prefix of ['refresh:', 'used:', 'family:'])
      expect(await keys(db, prefix)).toEqual([]);
  });
});
