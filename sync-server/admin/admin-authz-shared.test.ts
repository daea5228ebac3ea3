import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../test-support/postgres-server.ts';
import { startRedis, type TestRedis } from '../test-support/redis-server.ts';
import {
  api,
  spawnRelay,
  tempDir,
  uniqueEmail,
  type RelayProcess,
} from '../test-support/relay-harness.ts';
import { authzCases, prepareCallers, type Callers } from './admin-authz-cases.ts';
import { createOwnerCommand, SECRET } from './admin-test-support.ts';

// The same authorization table with two relay processes sharing PostgreSQL and Redis: tokens
// made on one relay are asked of both, route by route. And the Health tab's one row per relay.
let redis: TestRedis;
let postgres: TestPostgres;
const relays: RelayProcess[] = [];
let callers: Callers;

const env = (relayId: string) => ({
  REDIS_URL: redis.url,
  DATABASE_URL: postgres.url,
  JWT_SECRET: SECRET,
  LOGIN_ATTEMPTS_PER_WINDOW: '1000',
  RELAY_ID: relayId,
  RELAY_REPORT_MS: '200',
});

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const dataDir = await tempDir();
  const ownerEmail = uniqueEmail('owner');
  const made = await createOwnerCommand(dataDir, ownerEmail, env('maker'));
  expect(made, made.output).toMatchObject({ code: 0 });
  relays.push(
    await spawnRelay(dataDir, env('relay-a')),
    await spawnRelay(await tempDir(), env('relay-b')),
  );
  callers = await prepareCallers(relays[0]?.http ?? '', ownerEmail);
});

afterAll(async () => {
  for (const relay of relays) {
    if (relay.child.exitCode === null) {
      relay.child.kill('SIGTERM');
      await relay.exited;
    }
  }
  await redis.stop();
  await postgres.stop();
});

type HealthView = {
  relays: Array<{ id: string; state: string; version: string }>;
  storeRows: Array<{ store: string; state: string; latencyMs: number | null; since: string }>;
};
const redisRow = (h: HealthView) => h.storeRows.find((s) => s.store === 'redis');

/** Asks relay A's Health until `test` holds (relays report every 200 ms, kept for 600 ms). */
async function healthUntil(test: (h: HealthView) => boolean): Promise<HealthView> {
  for (;;) {
    const res = await api(
      relays[0]?.http ?? '',
      'GET',
      '/api/admin/health',
      undefined,
      callers.tokens.owner,
    );
    expect(res.status).toBe(200);
    const health = res.json as HealthView;
    if (test(health)) return health;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('console routes with PostgreSQL, Redis and two relays', () => {
  authzCases(
    () => relays.map((r) => r.http),
    () => callers,
  );
});

describe('health with several relays', () => {
  it('shows one row per relay and the shared stores; a stopped relay leaves the list', async () => {
    const both = await healthUntil((h) => h.relays.length === 2);
    expect(both.relays.map((r) => [r.id, r.state])).toEqual([
      ['relay-a', 'ok'],
      ['relay-b', 'ok'],
    ]);
    expect(both.storeRows.map((s) => [s.store, s.state])).toEqual([
      ['redis', 'reachable'],
      ['postgresql', 'reachable'],
    ]);
    expect(both.storeRows.every((s) => typeof s.latencyMs === 'number')).toBe(true);
    const b = relays[1];
    b?.child.kill('SIGTERM');
    await b?.exited;
    const one = await healthUntil((h) => h.relays.length === 1);
    expect(one.relays.map((r) => r.id)).toEqual(['relay-a']);
  });

  it('shows Redis unreachable since it went, and reachable again since it came back', async () => {
    const before = redisRow(await healthUntil(() => true));
    expect(before?.state).toBe('reachable');
    const killedAt = new Date().toISOString();
    await redis.kill();
    const down = redisRow(await healthUntil((h) => redisRow(h)?.state === 'unreachable'));
    expect((down?.since ?? '') >= killedAt).toBe(true);
    await redis.restart();
    const up = redisRow(
      await healthUntil((h) => redisRow(h)?.state === 'reachable' && h.relays[0]?.state === 'ok'),
    );
    expect((up?.since ?? '') > (down?.since ?? '')).toBe(true);
    expect(typeof up?.latencyMs).toBe('number');
  });
});
