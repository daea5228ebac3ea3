import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setJournalField } from './test-support/documents.ts';
import {
  ADMIN_TOKEN,
  api,
  closedFor,
  connect,
  converged,
  destroyAll,
  register,
  startTestRelay,
  synced,
  uniqueEmail,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';
import { startRedis } from './test-support/redis-server.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: TestRelay;
let b: TestRelay;
const clients: Client[] = [];

beforeAll(async () => {
  redis = await startRedis();
  const shared = {
    REDIS_URL: redis.url,
    JWT_SECRET: 'one secret for every relay, at least 32 characters',
    ACCESS_RECHECK_MS: '300',
    DOC_IDLE_MS: '50',
  };
  a = await startTestRelay(shared);
  b = await startTestRelay(shared);
});
afterAll(async () => {
  destroyAll(clients);
  await a.close();
  await b.close();
  await redis.stop();
});

describe('two relays sharing one Redis', () => {
  it('share accounts: register on one, sign in on the other', async () => {
    const user = await register(a.http);
    const login = await api(b.http, 'POST', '/api/auth/login', {
      email: user.email,
      password: user.password,
    });
    expect(login.status).toBe(200);
    expect((login.json as { userId: string }).userId).toBe(user.userId);
  });

  it('let exactly one of two relays register an email at the same moment', async () => {
    const body = { email: uniqueEmail('race'), password: 'a long enough password' };
    const results = await Promise.all(
      [a, b].map((r) => api(r.http, 'POST', '/api/auth/register', body)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('keep clients on different relays in step, live and after the document was let go', async () => {
    const user = await register(a.http);
    const name = `${user.athleteId}/plan/${randomUUID()}`;
    const onA = connect(a.ws, name, user.accessToken);
    const onB = connect(b.ws, name, user.accessToken);
    clients.push(onA, onB);
    await Promise.all([synced(onA.provider), synced(onB.provider)]);
    setJournalField(onA.doc, '2026-11-21', 'note', 'from A');
    setJournalField(onB.doc, '2026-11-22', 'note', 'from B');
    await converged([onA.doc, onB.doc]);

    // Only relay A holds the document while these edits happen…
    onB.provider.disconnect();
    setJournalField(onA.doc, '2026-11-23', 'note', 'while B was away');
    onA.provider.disconnect();
    // …and a new device on relay B still gets all of it once A has let the document go.
    await waitForUnload(a.http);
    const fresh = connect(b.ws, name, user.accessToken);
    clients.push(fresh);
    await synced(fresh.provider);
    await converged([fresh.doc, onA.doc]);
  });

  it('revoking a share on one relay closes the grantee’s connection on the other', async () => {
    const owner = await register(a.http);
    const coach = await register(a.http, uniqueEmail('coach'));
    const name = `${owner.athleteId}/journal`;
    const invite = await api(
      a.http,
      'POST',
      '/api/shares',
      { prefix: name, role: 'editor', email: coach.email },
      owner.accessToken,
    );
    const { id, token } = invite.json as { id: string; token: string };
    await api(a.http, 'POST', '/api/shares/accept', { token }, coach.accessToken);
    const onB = connect(b.ws, name, coach.accessToken);
    clients.push(onB);
    await synced(onB.provider);
    const closing = closedFor(onB.provider);
    expect(
      (await api(a.http, 'DELETE', `/api/shares/${id}`, undefined, owner.accessToken)).status,
    ).toBe(204);
    expect(await closing).toEqual({ code: 4403, reason: 'access to this document was revoked' });
  });
});

async function waitForUnload(http: string) {
  for (let i = 0; i < 200; i++) {
    const { json } = await api(http, 'GET', '/healthz', undefined, ADMIN_TOKEN);
    if ((json as { documentsLoaded: number }).documentsLoaded === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('relay kept the document loaded');
}
