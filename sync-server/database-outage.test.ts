import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PgDocStore } from './pg-doc-store.ts';
import { setJournalField } from './test-support/documents.ts';
import { healthUntil, logCount } from './test-support/outage.ts';
import { startPostgres, type TestPostgres } from './test-support/postgres-server.ts';
import {
  adminGet,
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

let postgres: TestPostgres;
let relay: RelayProcess;
const clients: Client[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  relay = await spawnRelay(await tempDir(), {
    DATABASE_URL: postgres.url,
    JWT_SECRET: 'one secret for every relay, at least 32 characters',
    HEALTH_PROBE_MS: '100',
    STORE_TIMEOUT_MS: '2000',
  });
});
afterAll(async () => {
  destroyAll(clients);
  relay.child.kill('SIGKILL');
  await relay.exited;
  await postgres.stop();
});

const has = (doc: Y.Doc, day: string) => doc.getMap('dayFields').has(`${day}|note`);

/** The close code of the provider's next closed connection. */
function nextClose(provider: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => {
    const onClose = (event: CloseEvent | null) => {
      provider.off('connection-close', onClose);
      resolve(event?.code ?? 0);
    };
    provider.on('connection-close', onClose);
  });
}

/** The relay's `relay_store_reachable` gauge for the database, as Prometheus would scrape it. */
async function reachableMetric(): Promise<string | undefined> {
  const text = (await adminGet(relay.http, '/metrics')).text;
  return /^relay_store_reachable\{store="database"\} (\d)$/m.exec(text)?.[1];
}

/** A document as PostgreSQL holds it, read with a connection of our own. */
async function stored(name: string): Promise<Y.Doc> {
  const pool = new pg.Pool({ connectionString: postgres.url, max: 1 });
  try {
    const doc = new Y.Doc();
    for (const r of (await new PgDocStore(pool).load(name)).records) Y.applyUpdate(doc, r.payload);
    return doc;
  } finally {
    await pool.end();
  }
}

describe('PostgreSQL going away under a relay', () => {
  it('neither sends on nor acknowledges what it cannot store, and loses nothing once the database is back', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/journal`;
    const writer = connect(relay.ws, name, user.accessToken);
    const reader = connect(relay.ws, name, user.accessToken);
    clients.push(writer, reader);
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    setJournalField(writer.doc, 'before', 'note', 'stored and sent on');
    await waitUntil(reader.doc, () => has(reader.doc, 'before'));

    await postgres.halt();
    const down = await healthUntil(relay.http, 'database', false);
    expect(down.status).toBe(503);
    expect(down.json).toMatchObject({ ok: false, status: 'unavailable', database: 'unreachable' });
    expect(down.json.unreachableSince).toEqual(expect.any(String));
    expect(await reachableMetric()).toBe('0');

    // The edit cannot be stored: the relay closes the document's connections (1011, so the
    // clients retry) and the reader never receives it. TCP delivers in order on each socket, so
    // anything sent to the reader before its close would have arrived by now.
    const closes = [nextClose(writer.provider), nextClose(reader.provider)];
    setJournalField(writer.doc, 'during', 'note', 'written while the database was down');
    expect(await Promise.all(closes)).toEqual([1011, 1011]);
    expect(has(reader.doc, 'during')).toBe(false);
    // Edits made while the relay refuses reconnections stay on the device.
    setJournalField(writer.doc, 'offline', 'note', 'written while the relay could not store');

    const me = await api(relay.http, 'GET', '/api/me', undefined, user.accessToken);
    expect(me).toEqual({
      status: 503,
      json: { error: { code: 'store_unavailable', message: expect.stringContaining('database') } },
    });
    expect(relay.child.exitCode).toBeNull();

    await postgres.resume();
    const up = await healthUntil(relay.http, 'database', true);
    expect(up.status).toBe(200);
    expect(up.json).toMatchObject({ ok: true, status: 'ok', unreachableSince: null });
    expect(await reachableMetric()).toBe('1');

    // The clients reconnect by themselves and send what the relay lacks; all of it is stored.
    await converged([writer.doc, reader.doc], 20_000);
    for (const day of ['before', 'during', 'offline']) expect(has(reader.doc, day)).toBe(true);
    await synced(writer.provider);
    const inDatabase = await stored(name);
    for (const day of ['before', 'during', 'offline']) expect(has(inDatabase, day)).toBe(true);

    expect(relay.child.exitCode).toBeNull();
    expect(logCount(relay, 'database unreachable')).toBe(1);
    expect(logCount(relay, 'database reachable again')).toBe(1);
  });
});
