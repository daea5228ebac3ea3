import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setJournalField } from '../test-support/documents.ts';
import { startPostgres, type TestPostgres } from '../test-support/postgres-server.ts';
import {
  api,
  closedFor,
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  tempDir,
  uniqueEmail,
  waitUntil,
  type Client,
  type TestRelay,
} from '../test-support/relay-harness.ts';
import { shareWith } from '../test-support/sharing.ts';
import { act, consoleToken, errorCode, login, SECRET } from './admin-test-support.ts';

const clients: Client[] = [];
const env = { JWT_SECRET: SECRET, LOGIN_ATTEMPTS_PER_WINDOW: '1000', DOC_IDLE_MS: '50' };

/** An athlete with a journal entry on the relay, a coach watching it live, and a share received. */
async function athleteWithData(relay: TestRelay) {
  const athlete = await register(relay.http, uniqueEmail('athlete'));
  const name = `${athlete.athleteId}/journal`;
  const device = connect(relay.ws, name, athlete.accessToken);
  clients.push(device);
  await synced(device.provider);
  setJournalField(device.doc, '2026-11-20', 'note', 'easy 10 km');
  const coach = await shareWith(relay.http, athlete.accessToken, name, 'viewer');
  const watching = connect(relay.ws, name, coach.accessToken);
  clients.push(watching);
  await waitUntil(watching.doc, () => watching.doc.getMap('dayFields').size === 1);
  // A share the athlete received from someone else goes too.
  const friend = await register(relay.http, uniqueEmail('friend'));
  const invite = await api(
    relay.http,
    'POST',
    '/api/shares',
    { prefix: `${friend.athleteId}/plan`, role: 'viewer', email: athlete.email },
    friend.accessToken,
  );
  const { token } = invite.json as { token: string };
  await api(relay.http, 'POST', '/api/shares/accept', { token }, athlete.accessToken);
  return { athlete, name, device, coach, watching, friend };
}

/** Nothing of the athlete is left: a new account taking the same athlete id finds no document. */
async function expectNothingLeft(relay: TestRelay, athleteId: string, name: string) {
  const heir = await api(relay.http, 'POST', '/api/auth/register', {
    email: uniqueEmail('heir'),
    password: 'a long enough password',
    athleteId,
  });
  expect(heir.status).toBe(201);
  const probe = connect(relay.ws, name, (heir.json as { accessToken: string }).accessToken);
  clients.push(probe);
  await synced(probe.provider);
  expect(probe.doc.getMap('dayFields').size).toBe(0);
}

/** A relay whose owner (named by OWNER_EMAIL) signed up before it was restarted with that setting. */
async function relayWithOwner(extra: Record<string, string>, dataDir: string) {
  const first = await startTestRelay({ ...env, ...extra }, dataDir);
  const ownerEmail = uniqueEmail('owner');
  await register(first.http, ownerEmail);
  await first.close();
  const relay = await startTestRelay({ ...env, ...extra, OWNER_EMAIL: ownerEmail }, dataDir);
  return { relay, ownerEmail };
}

function deletionCases(label: string, extra: () => Record<string, string>) {
  describe(`account deletion (${label})`, () => {
    let relay: TestRelay;
    let ownerEmail: string;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await tempDir();
      ({ relay, ownerEmail } = await relayWithOwner(extra(), dataDir));
    });
    afterAll(async () => {
      destroyAll(clients.splice(0));
      await relay.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('the athlete deletes their account: logins, shares and documents go; the device keeps its copy', async () => {
      const { athlete, name, device, coach, watching, friend } = await athleteWithData(relay);
      const wrong = await api(
        relay.http,
        'DELETE',
        '/api/me',
        { password: 'not my password' },
        athlete.accessToken,
      );
      expect([wrong.status, errorCode(wrong.json)]).toEqual([403, 'wrong_password']);
      const mineClosed = closedFor(device.provider);
      const coachClosed = closedFor(watching.provider);
      const done = await api(
        relay.http,
        'DELETE',
        '/api/me',
        { password: athlete.password },
        athlete.accessToken,
      );
      expect(done.status).toBe(200);
      expect(done.json).toMatchObject({ shares: 2 });
      expect((await mineClosed).code).toBe(4401);
      expect((await coachClosed).code).toBe(4403);
      // The athlete's own device keeps what it had.
      expect(device.doc.getMap('dayFields').size).toBe(1);
      const signIn = await api(relay.http, 'POST', '/api/auth/login', {
        email: athlete.email,
        password: athlete.password,
      });
      expect([signIn.status, errorCode(signIn.json)]).toEqual([401, 'invalid_login']);
      const coachShares = await api(relay.http, 'GET', '/api/shares', undefined, coach.accessToken);
      expect(coachShares.json).toEqual({ given: [], received: [] });
      const friendShares = await api(
        relay.http,
        'GET',
        '/api/shares',
        undefined,
        friend.accessToken,
      );
      expect(friendShares.json).toEqual({ given: [], received: [] });
      await expectNothingLeft(relay, athlete.athleteId, name);
    });

    it('an admin deletes an account from the console, after a typed confirmation', async () => {
      const { athlete, name } = await athleteWithData(relay);
      const owner = await login(relay.http, ownerEmail);
      const token = await consoleToken(relay.http, owner);
      const mistyped = await act(
        relay.http,
        token,
        athlete.userId,
        { confirmEmail: 'someone@else.org' },
        'DELETE',
      );
      expect([mistyped.status, errorCode(mistyped.json)]).toEqual([400, 'confirmation_mismatch']);
      const deleted = await act(
        relay.http,
        token,
        athlete.userId,
        { confirmEmail: athlete.email },
        'DELETE',
      );
      expect(deleted.status).toBe(200);
      const detail = await api(
        relay.http,
        'GET',
        `/api/admin/accounts/${athlete.userId}`,
        undefined,
        token,
      );
      expect(detail.status).toBe(404);
      await expectNothingLeft(relay, athlete.athleteId, name);
    });
  });
}

deletionCases('LevelDB', () => ({}));

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres.stop());
deletionCases('PostgreSQL', () => ({ DATABASE_URL: postgres.url }));
