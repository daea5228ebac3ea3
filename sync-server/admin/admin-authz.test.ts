import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  spawnRelay,
  tempDir,
  uniqueEmail,
  type RelayProcess,
} from '../test-support/relay-harness.ts';
import { athleteNamed, authzCases, prepareCallers, type Callers } from './admin-authz-cases.ts';
import {
  act,
  createOwnerCommand,
  errorCode,
  login,
  SECRET,
  type Member,
} from './admin-test-support.ts';

// Every console route, asked by every kind of caller, of a real relay process on LevelDB.
let relay: RelayProcess;
let dataDir: string;
let callers: Callers;

beforeAll(async () => {
  dataDir = await tempDir();
  const ownerEmail = uniqueEmail('owner');
  const made = await createOwnerCommand(dataDir, ownerEmail);
  expect(made, made.output).toMatchObject({ code: 0 });
  expect(made.output).toContain('created as owner');
  relay = await spawnRelay(dataDir, { JWT_SECRET: SECRET, LOGIN_ATTEMPTS_PER_WINDOW: '1000' });
  callers = await prepareCallers(relay.http, ownerEmail);
});

afterAll(async () => {
  relay.child.kill('SIGTERM');
  await relay.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('console routes refuse everyone but admins and the owner', () => {
  authzCases(
    () => [relay.http],
    () => callers,
  );

  it('a wrong password refuses a change, and the refusal is audited', async () => {
    const victim = await athleteNamed(relay.http, 'victim');
    const res = await act(relay.http, callers.tokens.admin ?? '', `${victim.userId}/disable`, {
      password: 'not it at all',
    });
    expect([res.status, errorCode(res.json)]).toEqual([403, 'wrong_password']);
    await login(relay.http, victim.email, victim.password);
    const audit = await api(
      relay.http,
      'GET',
      '/api/admin/audit?limit=10',
      undefined,
      callers.tokens.owner,
    );
    const [latest] = (audit.json as { entries: Array<Record<string, unknown>> }).entries;
    expect(latest).toMatchObject({
      action: 'account.disable',
      result: 'refused',
      detail: 'wrong_password',
      actor: { userId: callers.admin.userId, email: callers.admin.email },
      target: { userId: victim.userId, email: victim.email },
      from: '127.0.0.1',
    });
  });

  it('only the owner grants admin or changes an admin; nobody changes the owner', async () => {
    const victim = await athleteNamed(relay.http, 'victim');
    const grant = await act(relay.http, callers.tokens.admin ?? '', `${victim.userId}/role`, {
      role: 'admin',
    });
    expect([grant.status, errorCode(grant.json)]).toEqual([403, 'forbidden']);
    const other = await athleteNamed(relay.http, 'admin2');
    await act(relay.http, callers.tokens.owner ?? '', `${other.userId}/role`, { role: 'admin' });
    const onAdmin = await act(
      relay.http,
      callers.tokens.admin ?? '',
      `${other.userId}/disable`,
      {},
    );
    expect([onAdmin.status, errorCode(onAdmin.json)]).toEqual([403, 'forbidden']);
    const onOwner = await act(
      relay.http,
      callers.tokens.admin ?? '',
      `${callers.owner.userId}/disable`,
      {},
    );
    expect(onOwner.status).toBe(403);
  });

  it('opening a console session needs an admin role and the password again', async () => {
    const athlete = await athleteNamed(relay.http, 'athlete');
    const open = (m: Member, password: string) =>
      fetch(`${relay.http}/api/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${m.accessToken}` },
        body: JSON.stringify({ password }),
      });
    expect((await open(athlete, athlete.password)).status).toBe(403);
    expect((await open(callers.admin, 'wrong password here')).status).toBe(403);
    expect((await open(callers.admin, callers.admin.password)).status).toBe(201);
  });
});
