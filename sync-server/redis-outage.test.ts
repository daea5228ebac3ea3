import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setJournalField } from './test-support/documents.ts';
import { startPostgres, type TestPostgres } from './test-support/postgres-server.ts';
import { startRedis, type TestRedis } from './test-support/redis-server.ts';
import {
  ADMIN_TOKEN,
  api,
  connect,
  converged,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  waitUntil,
  type Client,
  type RelayProcess,
} from './test-support/relay-harness.ts';
import { healthUntil, logCount } from './test-support/outage.ts';

// Two relays scaled out on one Redis: with REDIS_URL alone (documents in each relay's DATA_DIR,
// accounts and shares in Redis, which therefore persists to disk), and with PostgreSQL as well.
let redis: TestRedis;
let postgres: TestPostgres;
const running: RelayProcess[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis({ persistent: true }), startPostgres()]);
});
afterEach(async () => {
  destroyAll(clients.splice(0));
  for (const relay of running.splice(0)) {
    relay.child.kill('SIGKILL');
    await relay.exited;
  }
});
afterAll(async () => {
  await redis.stop();
  await postgres.stop();
});

async function relay(withDatabase: boolean, extra: Record<string, string> = {}) {
  const started = await spawnRelay(await tempDir(), {
    ...extra,
    REDIS_URL: redis.url,
    ...(withDatabase ? { DATABASE_URL: postgres.url } : {}),
    JWT_SECRET: 'one secret for every relay, at least 32 characters',
    ACCESS_RECHECK_MS: '200',
    STORE_TIMEOUT_MS: '2000',
  });
  running.push(started);
  return started;
}

const days = (doc: Y.Doc) => [...doc.getMap('dayFields').keys()];
const has = (doc: Y.Doc, day: string) => doc.getMap('dayFields').has(`${day}|note`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  ['REDIS_URL alone', false],
  ['REDIS_URL and DATABASE_URL', true],
])('Redis going down under two relays with %s', (_setup, withDatabase) => {
  it('keeps each relay serving its own clients and re-converges when Redis is back', async () => {
    const [a, b] = await Promise.all([relay(withDatabase), relay(withDatabase)]);
    const user = await register(a.http);
    const name = `${user.athleteId}/journal`;
    const onA = connect(a.ws, name, user.accessToken);
    const alsoOnA = connect(a.ws, name, user.accessToken);
    const onB = connect(b.ws, name, user.accessToken);
    const alsoOnB = connect(b.ws, name, user.accessToken);
    const all = [onA, alsoOnA, onB, alsoOnB];
    clients.push(...all);
    await Promise.all(all.map((c) => synced(c.provider)));

    // Both sides keep editing while Redis is killed, stays down, and comes back.
    const written: string[] = [];
    let editing = true;
    const edit = async (client: Client, label: string) => {
      for (let i = 0; editing; i++) {
        setJournalField(client.doc, `${label}-${i}`, 'note', `edit ${i} through relay ${label}`);
        written.push(`${label}-${i}|note`);
        await pause(25); // under the relay's 50 messages per second
      }
    };
    const edits = [edit(onA, 'a'), edit(onB, 'b')];
    await waitUntil(alsoOnB.doc, () => has(alsoOnB.doc, 'a-5'), 10_000, 'live edits');
    await redis.kill();

    const degraded = await Promise.all([a, b].map((r) => healthUntil(r.http, 'redis', false)));
    for (const health of degraded) {
      expect(health.status).toBe(200);
      expect(health.json).toMatchObject({
        ok: false,
        status: 'degraded',
        redis: 'unreachable',
        database: withDatabase ? 'reachable' : 'unused',
      });
    }

    // Each relay still stores and fans out its own clients' edits.
    setJournalField(onA.doc, 'outage-a', 'note', 'written on A while Redis was down');
    setJournalField(onB.doc, 'outage-b', 'note', 'written on B while Redis was down');
    await waitUntil(alsoOnA.doc, () => has(alsoOnA.doc, 'outage-a'));
    await waitUntil(alsoOnB.doc, () => has(alsoOnB.doc, 'outage-b'));

    const [me, login] = await Promise.all([
      api(a.http, 'GET', '/api/me', undefined, user.accessToken),
      api(b.http, 'POST', '/api/auth/login', { email: user.email, password: user.password }),
    ]);
    if (withDatabase) {
      // Accounts live in PostgreSQL, and documents open from it without waiting for Redis.
      expect([me.status, login.status]).toEqual([200, 200]);
      const late = connect(b.ws, name, user.accessToken);
      clients.push(late);
      await synced(late.provider);
      await waitUntil(late.doc, () => has(late.doc, 'outage-b'));
      all.push(late);
    } else {
      // Accounts live in Redis: the API says so at once, as JSON, on either relay.
      for (const res of [me, login]) {
        expect(res.status).toBe(503);
        expect(res.json).toEqual({
          error: { code: 'store_unavailable', message: expect.stringContaining('Redis') },
        });
      }
    }
    await pause(300); // more edits on both sides while Redis is down

    await redis.restart();
    await Promise.all([a, b].map((r) => healthUntil(r.http, 'redis', true)));
    editing = false;
    await Promise.all(edits);

    await converged(
      all.map((c) => c.doc),
      20_000,
    );
    const expected = [...written, 'outage-a|note', 'outage-b|note'].sort();
    for (const client of all) expect(days(client.doc).sort()).toEqual(expected);
    expect((await api(b.http, 'GET', '/api/me', undefined, user.accessToken)).status).toBe(200);

    for (const r of [a, b]) {
      expect(r.child.exitCode).toBeNull();
      // Said once each way, not once per message or per retry.
      expect(logCount(r, 'redis unreachable')).toBe(1);
      expect(logCount(r, 'redis reachable again')).toBe(1);
    }
  });
});

describe('a document let go while Redis is down (REDIS_URL alone)', () => {
  it('stays loaded until its state can be handed to the other relays', async () => {
    const quickToIdle = { DOC_IDLE_MS: '50' };
    const [a, b] = await Promise.all([relay(false, quickToIdle), relay(false, quickToIdle)]);
    const user = await register(a.http);
    const name = `${user.athleteId}/plan/handoff`;
    const device = connect(a.ws, name, user.accessToken);
    const watcher = connect(a.ws, name, user.accessToken);
    clients.push(device, watcher);
    await Promise.all([synced(device.provider), synced(watcher.provider)]);

    await redis.kill();
    await healthUntil(a.http, 'redis', false);
    setJournalField(device.doc, 'outage', 'note', 'written on A while Redis was down');
    await waitUntil(watcher.doc, () => has(watcher.doc, 'outage'));
    device.provider.destroy();
    watcher.provider.destroy();
    await pause(500); // ten idle periods
    expect((await healthUntil(a.http, 'redis', false)).json.documentsLoaded).toBe(1);

    await redis.restart();
    await healthUntil(a.http, 'redis', true);
    await documentsLoadedUntil(a.http, 0);
    // Relay B never held the document: it gets the edit from the state A handed over.
    const elsewhere = connect(b.ws, name, user.accessToken);
    clients.push(elsewhere);
    await synced(elsewhere.provider);
    expect(has(elsewhere.doc, 'outage')).toBe(true);
  });
});

async function documentsLoadedUntil(http: string, count: number) {
  for (let i = 0; i < 200; i++) {
    const { json } = await api(http, 'GET', '/healthz', undefined, ADMIN_TOKEN);
    if ((json as { documentsLoaded: number }).documentsLoaded === count) return;
    await pause(50);
  }
  throw new Error(`relay did not get to ${count} loaded documents`);
}
