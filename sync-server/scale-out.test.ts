import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PgDocStore } from './pg-doc-store.ts';
import { setJournalField } from './test-support/documents.ts';
import { startPostgres, type TestPostgres } from './test-support/postgres-server.ts';
import { startRedis } from './test-support/redis-server.ts';
import {
  api,
  connect,
  converged,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  uniqueEmail,
  waitUntil,
  type Client,
  type RelayProcess,
  type Session,
} from './test-support/relay-harness.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let postgres: TestPostgres;
let dataDir: string;
const running: RelayProcess[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  [redis, postgres, dataDir] = await Promise.all([startRedis(), startPostgres(), tempDir()]);
});
afterEach(async () => {
  destroyAll(clients.splice(0));
  await Promise.all(running.splice(0).map(kill));
});
afterAll(async () => {
  await redis.stop();
  await postgres.stop();
});

/** A relay process sharing Redis and PostgreSQL with every other one (its DATA_DIR unused). */
async function relay() {
  const started = await spawnRelay(dataDir, {
    REDIS_URL: redis.url,
    DATABASE_URL: postgres.url,
    JWT_SECRET: 'one secret for every relay, at least 32 characters',
    SYNC_WRITES: 'true',
    COMPACT_AFTER_UPDATES: '40',
    DOC_IDLE_MS: '50',
  });
  running.push(started);
  return started;
}

async function kill(relay: RelayProcess) {
  if (relay.child.exitCode === null && relay.child.signalCode === null) relay.child.kill('SIGKILL');
  await relay.exited;
}

const days = (doc: Y.Doc) => [...doc.getMap('dayFields').keys()];

/** What the shared database holds for a document, read straight from PostgreSQL. */
async function storedDays(name: string): Promise<Set<string>> {
  const pool = new pg.Pool({ connectionString: postgres.url, max: 1 });
  try {
    const doc = new Y.Doc();
    for (const r of (await new PgDocStore(pool).load(name)).records) Y.applyUpdate(doc, r.payload);
    return new Set(days(doc));
  } finally {
    await pool.end();
  }
}

describe('several relays sharing Redis and PostgreSQL', () => {
  it('keeps clients on both in step; a SIGKILLed relay loses nothing it had acknowledged', async () => {
    const [a, b] = await Promise.all([relay(), relay()]);
    const user = await register(a.http);
    const name = `${user.athleteId}/journal`;
    const writer = connect(a.ws, name, user.accessToken);
    const onA = connect(a.ws, name, user.accessToken);
    const onB = connect(b.ws, name, user.accessToken);
    clients.push(writer, onA, onB);
    await Promise.all([writer, onA, onB].map((c) => synced(c.provider)));
    setJournalField(onA.doc, 'hello-a', 'note', 'from relay A');
    setJournalField(onB.doc, 'hello-b', 'note', 'from relay B');
    await converged([writer.doc, onA.doc, onB.doc]);

    // The writer streams edits through relay A, which is killed while they are still arriving.
    let written = 0;
    const writing = (async () => {
      while (written < 300) {
        setJournalField(writer.doc, `day-${written}`, 'note', `entry ${written}`);
        written += 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await waitUntil(onB.doc, () => days(onB.doc).length >= 60, 20_000, '60 edits on relay B');
    await kill(a);
    expect(written).toBeLessThan(300); // killed mid-stream
    const acknowledged = new Set([...days(onA.doc), ...days(onB.doc)]);
    writer.provider.disconnect();
    onA.provider.disconnect();
    await writing;

    // Whatever either relay had sent to anyone is committed in the shared database.
    const stored = await storedDays(name);
    expect([...acknowledged].filter((key) => !stored.has(key))).toEqual([]);

    // The clients of the dead relay reconnect to the other one; nothing is lost, all converge.
    const writerOnB = connect(b.ws, name, user.accessToken, writer.doc);
    const movedOnB = connect(b.ws, name, user.accessToken, onA.doc);
    clients.push(writerOnB, movedOnB);
    await converged([writer.doc, onA.doc, onB.doc], 20_000);
    expect(days(onB.doc)).toHaveLength(302);

    // Relay B dies too; a relay started later serves all of it from the database alone.
    await kill(b);
    const c = await relay();
    const fresh = connect(c.ws, name, user.accessToken);
    clients.push(fresh);
    await synced(fresh.provider);
    expect(days(fresh.doc).sort()).toEqual(days(onB.doc).sort());
  });

  it('lets exactly one of two relays register an email, and rotate a refresh token', async () => {
    const [a, b] = await Promise.all([relay(), relay()]);
    for (let round = 0; round < 5; round++) {
      const body = { email: uniqueEmail('race'), password: 'a long enough password' };
      const results = await Promise.all(
        [a, b].map((r) => api(r.http, 'POST', '/api/auth/register', body)),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    }

    const user = await register(a.http);
    const login = await api(b.http, 'POST', '/api/auth/login', {
      email: user.email,
      password: user.password,
    });
    expect(login.status).toBe(200);
    const { refreshToken } = login.json as Session;
    const rotations = await Promise.all(
      [a, b].map((r) => api(r.http, 'POST', '/api/auth/refresh', { refreshToken })),
    );
    expect(rotations.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('stores shares once for all relays: made on one, accepted and used on the other', async () => {
    const [a, b] = await Promise.all([relay(), relay()]);
    const owner = await register(a.http);
    const coach = await register(b.http, uniqueEmail('coach'));
    const prefix = `${owner.athleteId}/plan/`;
    const invite = await api(
      a.http,
      'POST',
      '/api/shares',
      { prefix, role: 'viewer', email: coach.email },
      owner.accessToken,
    );
    expect(invite.status).toBe(201);
    const { token } = invite.json as { token: string };
    expect(
      (await api(b.http, 'POST', '/api/shares/accept', { token }, coach.accessToken)).status,
    ).toBe(200);
    const listed = await api(a.http, 'GET', '/api/shares', undefined, coach.accessToken);
    expect((listed.json as { received: Array<{ prefix: string }> }).received).toEqual([
      expect.objectContaining({ prefix, role: 'viewer' }),
    ]);

    const name = `${owner.athleteId}/plan/base`;
    const writer = connect(a.ws, name, owner.accessToken);
    const viewer = connect(b.ws, name, coach.accessToken);
    clients.push(writer, viewer);
    await Promise.all([synced(writer.provider), synced(viewer.provider)]);
    setJournalField(writer.doc, '2026-11-23', 'note', 'long run');
    await converged([writer.doc, viewer.doc]);
  });
});
