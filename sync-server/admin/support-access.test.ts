import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkout } from '../test-support/documents.ts';
import {
  api,
  connect,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  uniqueEmail,
  type Client,
  type RelayProcess,
} from '../test-support/relay-harness.ts';
import {
  consoleToken,
  createOwnerCommand,
  errorCode,
  login,
  SECRET,
  type Member,
} from './admin-test-support.ts';

// Support access on a real relay process: an athlete grants the relay's admins a read-only,
// time-limited view of chosen documents; every look is audited and shown to the athlete.
let relay: RelayProcess;
let dataDir: string;
let owner: Member;
let token: string;
const clients: Client[] = [];

beforeAll(async () => {
  dataDir = await tempDir();
  const ownerEmail = uniqueEmail('owner');
  const made = await createOwnerCommand(dataDir, ownerEmail);
  expect(made, made.output).toMatchObject({ code: 0 });
  relay = await spawnRelay(dataDir, { JWT_SECRET: SECRET, LOGIN_ATTEMPTS_PER_WINDOW: '1000' });
  owner = await login(relay.http, ownerEmail);
  token = await consoleToken(relay.http, owner);
});

afterAll(async () => {
  destroyAll(clients);
  relay.child.kill('SIGTERM');
  await relay.exited;
  await rm(dataDir, { recursive: true, force: true });
});

/** An athlete with a plan document and a journal on the relay. */
async function athleteWithPlan() {
  const athlete = await register(relay.http, uniqueEmail('athlete'));
  for (const [name, edit] of [
    [`${athlete.athleteId}/plan/p1`, (c: Client) => addWorkout(c.doc, 'w1', '2026-12-05', 'tempo')],
    [
      `${athlete.athleteId}/journal`,
      (c: Client) => c.doc.getMap('dayFields').set('d|note', 'mine'),
    ],
  ] as const) {
    const device = connect(relay.ws, name, athlete.accessToken);
    clients.push(device);
    await synced(device.provider);
    edit(device);
  }
  // The documents are on the relay once a second device reads them back.
  const check = connect(relay.ws, `${athlete.athleteId}/plan/p1`, athlete.accessToken);
  clients.push(check);
  await synced(check.provider);
  return athlete;
}

const grant = (athlete: { accessToken: string }, prefixes: string[], durationS: number) =>
  api(relay.http, 'POST', '/api/support', { prefixes, durationS }, athlete.accessToken);
const admin = (path: string) =>
  api(relay.http, 'GET', `/api/admin/support${path}`, undefined, token);

describe('support access', () => {
  it('shows the admin exactly the granted documents, read-only, and the athlete every look', async () => {
    const athlete = await athleteWithPlan();
    const made = await grant(athlete, [`${athlete.athleteId}/plan/`], 3600);
    expect(made.status).toBe(201);
    const { id } = made.json as { id: string };
    const running = (await admin('')).json as { grants: Array<{ id: string }> };
    expect(running.grants.map((g) => g.id)).toContain(id);
    const docs = await admin(`/${id}/docs`);
    expect(docs.status).toBe(200);
    expect((docs.json as { docs: Array<{ name: string }> }).docs.map((d) => d.name)).toEqual([
      `${athlete.athleteId}/plan/p1`,
    ]);
    const view = await admin(`/${id}/doc?name=${athlete.athleteId}/plan/p1`);
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({
      content: { workouts: { w1: { type: 'tempo', date: '2026-12-05' } } },
    });
    const journal = await admin(`/${id}/doc?name=${athlete.athleteId}/journal`);
    expect([journal.status, errorCode(journal.json)]).toEqual([403, 'not_granted']);
    const audit = await api(relay.http, 'GET', '/api/me/audit', undefined, athlete.accessToken);
    const entries = (audit.json as { entries: Array<Record<string, unknown>> }).entries;
    expect(entries.map((e) => [e.action, e.result, e.detail])).toEqual([
      ['support.view', 'refused', 'not_granted'],
      ['support.view', 'ok', `${athlete.athleteId}/plan/p1`],
      ['support.open', 'ok', `1 documents under ${athlete.athleteId}/plan/`],
    ]);
    expect(entries[1]).toMatchObject({ actor: { email: owner.email } });
  });

  it('ends when the athlete ends it, and on its own when its time is up', async () => {
    const athlete = await athleteWithPlan();
    const prefixes = [`${athlete.athleteId}/plan/`];
    const ended = (await grant(athlete, prefixes, 3600)).json as { id: string };
    expect((await admin(`/${ended.id}/docs`)).status).toBe(200);
    const end = await api(
      relay.http,
      'DELETE',
      `/api/support/${ended.id}`,
      undefined,
      athlete.accessToken,
    );
    expect(end.status).toBe(200);
    const after = await admin(`/${ended.id}/docs`);
    expect([after.status, errorCode(after.json)]).toEqual([410, 'support_ended']);

    const short = (await grant(athlete, prefixes, 5)).json as { id: string; expiresAt: string };
    expect((await admin(`/${short.id}/doc?name=${athlete.athleteId}/plan/p1`)).status).toBe(200);
    // Asked again until the relay says it ended (5 s after it was made, no fixed sleep).
    let status = 200;
    while (status === 200) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await admin(`/${short.id}/doc?name=${athlete.athleteId}/plan/p1`)).status;
    }
    expect(status).toBe(410);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(short.expiresAt));
    const running = (await admin('')).json as { grants: Array<{ id: string }> };
    expect(running.grants.map((g) => g.id)).not.toContain(short.id);
  });

  it('refuses grants of someone else’s documents, and ending someone else’s grant', async () => {
    const athlete = await athleteWithPlan();
    const other = await register(relay.http, uniqueEmail('other'));
    const foreign = await grant(other, [`${athlete.athleteId}/plan/`], 3600);
    expect([foreign.status, errorCode(foreign.json)]).toEqual([403, 'not_owner']);
    const mine = (await grant(athlete, [`${athlete.athleteId}/journal`], 3600)).json as {
      id: string;
    };
    const steal = await api(
      relay.http,
      'DELETE',
      `/api/support/${mine.id}`,
      undefined,
      other.accessToken,
    );
    expect(steal.status).toBe(404);
    expect((await admin(`/${mine.id}/docs`)).status).toBe(200);
    const tooLong = await grant(athlete, [`${athlete.athleteId}/journal`], 8 * 86_400);
    expect(tooLong.status).toBe(400);
  });
});
