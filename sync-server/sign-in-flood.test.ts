import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setJournalField } from './test-support/documents.ts';
import {
  connect,
  converged,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  type Client,
  type RelayProcess,
} from './test-support/relay-harness.ts';

// Stated bound: while one address floods sign-in, another address signs in, and clients make
// their first sync, within this. Generous (two shared cores); the real figures are in the bench.
const BOUND_MS = 5_000;
const FLOOD = 150;
const ATTEMPTS = 30;

let relay: RelayProcess;
const clients: Client[] = [];

beforeAll(async () => {
  // A hash that costs what a real one does, so that a flood of them is felt.
  relay = await spawnRelay(await tempDir(), {
    SCRYPT_LOG2_N: '15',
    LOGIN_ATTEMPTS_PER_WINDOW: String(ATTEMPTS),
  });
});
afterAll(async () => {
  destroyAll(clients);
  relay.child.kill('SIGTERM');
  await relay.exited;
});

type Sent = { written: Promise<void>; status: Promise<number> };

/** POSTs JSON from a given loopback address (127.0.0.0/8 all reach the relay on 127.0.0.1). */
function postFrom(localAddress: string, path: string, body: unknown): Sent {
  let written = () => {};
  const sent = new Promise<void>((resolve) => (written = resolve));
  const status = new Promise<number>((resolve, reject) => {
    const req = request(
      `${relay.http}${path}`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.on('finish', written);
    req.end(JSON.stringify(body));
  });
  return { written: sent, status };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('a sign-in flood from one address', () => {
  it("leaves another address's sign-in and every client's sync within the bound", async () => {
    const user = await register(relay.http);
    const flood = Array.from({ length: FLOOD }, () =>
      postFrom('127.0.0.2', '/api/auth/login', { email: user.email, password: 'a wrong guess' }),
    );
    await Promise.all(flood.map((f) => f.written));

    const login = timed(
      () =>
        postFrom('127.0.0.3', '/api/auth/login', { email: user.email, password: user.password })
          .status,
    );
    const name = `${user.athleteId}/journal`;
    const sync = timed(async () => {
      const a = connect(relay.ws, name, user.accessToken);
      const b = connect(relay.ws, name, user.accessToken);
      clients.push(a, b);
      await Promise.all([synced(a.provider, 30_000), synced(b.provider, 30_000)]);
      setJournalField(a.doc, '2026-05-01', 'note', 'during the flood');
      await converged([a.doc, b.doc], 30_000);
    });
    const [signedIn, synchronised] = await Promise.all([login, sync]);
    expect(signedIn.value).toBe(200);
    expect(signedIn.ms).toBeLessThan(BOUND_MS);
    expect(synchronised.ms).toBeLessThan(BOUND_MS);

    // Only the attempts the limit allows were hashed (401); the rest were refused unhashed.
    const statuses = await Promise.all(flood.map((f) => f.status));
    const wrong = statuses.filter((s) => s === 401).length;
    expect(wrong).toBeLessThanOrEqual(ATTEMPTS);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429 || s === 503)).toBe(true);
  });
});
