import { rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../test-support/redis-server.ts';
import {
  api,
  register,
  spawnRelay,
  tempDir,
  type RelayProcess,
} from '../test-support/relay-harness.ts';
import { SECRET } from './admin-test-support.ts';

// Records live in Redis here (REDIS_URL without DATABASE_URL): the last sign-in migration must
// not hold up a relay that starts while Redis is away, and must run once Redis answers.
let redis: TestRedis;
let client: Redis;
const relays: RelayProcess[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  redis = await startRedis({ persistent: true });
  client = new Redis(redis.url);
  // While Redis is killed below this client reconnects; its errors are expected.
  client.on('error', () => {});
});
afterAll(async () => {
  for (const relay of relays) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }
  client.disconnect();
  await redis.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const start = async () => {
  const dir = await tempDir();
  dirs.push(dir);
  const relay = await spawnRelay(dir, {
    REDIS_URL: redis.url,
    JWT_SECRET: SECRET,
    LOGIN_SWEEP_INTERVAL_S: '1',
  });
  relays.push(relay);
  return relay;
};
const lastLogin = async (userId: string) => {
  const value = await client.hget('splits:records', `last-login:${userId}`);
  return value ? (JSON.parse(value) as { at: string; estimated?: boolean }) : null;
};

describe('the last sign-in of each account', () => {
  it('is written with each sign-in, and estimated once for older accounts, even after an outage', async () => {
    const first = await start();
    const athlete = await register(first.http);
    expect(await lastLogin(athlete.userId)).toMatchObject({ at: expect.any(String) });
    first.child.kill('SIGTERM');
    await first.exited;
    // As an account made before sign-ins were recorded, on a store never migrated.
    await client.hdel('splits:records', `last-login:${athlete.userId}`, 'migration:last-login');
    await client.zrem('splits:keys', `last-login:${athlete.userId}`, 'migration:last-login');

    await redis.kill();
    const second = await start();
    expect((await api(second.http, 'GET', '/healthz')).status).toBe(200);
    await redis.restart();
    await second.logged('recorded last sign-in of older accounts', 1, 15_000);
    expect(await lastLogin(athlete.userId)).toMatchObject({ estimated: true });
  });
});
