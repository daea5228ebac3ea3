import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  register,
  spawnRelay,
  tempDir,
  uniqueEmail,
  type RelayProcess,
} from '../test-support/relay-harness.ts';
import {
  act,
  consoleToken,
  createOwnerCommand,
  errorCode,
  login,
  SECRET,
  signedConsoleToken,
  type Member,
} from './admin-test-support.ts';

// Every console route, asked by every kind of caller, of a real relay process on LevelDB.
let relay: RelayProcess;
let dataDir: string;
let owner: Member;
let admin: Member;
const tokens: Record<string, string | undefined> = {};

type RouteCase = {
  name: string;
  method: string;
  path: (v: Member) => string;
  body?: (v: Member) => object;
};
const ROUTES: RouteCase[] = [
  { name: 'me', method: 'GET', path: () => '/api/admin/me' },
  { name: 'search', method: 'GET', path: () => '/api/admin/accounts?q=athlete&limit=5' },
  { name: 'detail', method: 'GET', path: (v) => `/api/admin/accounts/${v.userId}` },
  {
    name: 'role',
    method: 'POST',
    path: (v) => `/api/admin/accounts/${v.userId}/role`,
    body: () => ({ role: 'coach' }),
  },
  { name: 'disable', method: 'POST', path: (v) => `/api/admin/accounts/${v.userId}/disable` },
  { name: 'enable', method: 'POST', path: (v) => `/api/admin/accounts/${v.userId}/enable` },
  { name: 'revoke', method: 'POST', path: (v) => `/api/admin/accounts/${v.userId}/logins/revoke` },
  {
    name: 'delete',
    method: 'DELETE',
    path: (v) => `/api/admin/accounts/${v.userId}`,
    body: (v) => ({ confirmEmail: v.email }),
  },
  { name: 'audit', method: 'GET', path: () => '/api/admin/audit?limit=10' },
  { name: 'export', method: 'GET', path: () => '/api/admin/audit.jsonl' },
  { name: 'health', method: 'GET', path: () => '/api/admin/health' },
  { name: 'metrics', method: 'GET', path: () => '/api/admin/metrics' },
];

async function call(route: RouteCase, victim: Member, token: string | undefined, password: string) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const body =
    route.method === 'GET'
      ? undefined
      : JSON.stringify({ password, ...(route.body?.(victim) ?? {}) });
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(`${relay.http}${route.path(victim)}`, {
    method: route.method,
    headers,
    body,
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json')
    ? JSON.parse(text)
    : null;
  return { status: res.status, code: errorCode(json), text };
}

const athleteNamed = async (label: string) => ({
  ...(await register(relay.http, uniqueEmail(label))),
});

beforeAll(async () => {
  dataDir = await tempDir();
  const ownerEmail = uniqueEmail('owner');
  const made = await createOwnerCommand(dataDir, ownerEmail);
  expect(made, made.output).toMatchObject({ code: 0 });
  expect(made.output).toContain('created as owner');
  relay = await spawnRelay(dataDir, { JWT_SECRET: SECRET, LOGIN_ATTEMPTS_PER_WINDOW: '1000' });
  owner = await login(relay.http, ownerEmail);
  tokens.owner = await consoleToken(relay.http, owner);
  admin = await athleteNamed('admin');
  expect(
    (await act(relay.http, tokens.owner, `${admin.userId}/role`, { role: 'admin' })).status,
  ).toBe(200);
  tokens.admin = await consoleToken(relay.http, admin);
  const coach = await athleteNamed('coach');
  expect(
    (await act(relay.http, tokens.owner, `${coach.userId}/role`, { role: 'coach' })).status,
  ).toBe(200);
  const athlete = await athleteNamed('athlete');
  tokens.anonymous = undefined;
  tokens.athleteAccess = athlete.accessToken;
  tokens.athlete = await signedConsoleToken(athlete);
  tokens.coach = await signedConsoleToken(coach);
  const gone = await athleteNamed('disabled');
  await act(relay.http, tokens.owner, `${gone.userId}/role`, { role: 'admin' });
  tokens.disabled = await consoleToken(relay.http, gone);
  expect((await act(relay.http, tokens.owner, `${gone.userId}/disable`, {})).status).toBe(200);
  tokens.expired = await signedConsoleToken(admin, -5);
});

afterAll(async () => {
  relay.child.kill('SIGTERM');
  await relay.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('console routes refuse everyone but admins and the owner', () => {
  const refusals: Array<[string, number, string]> = [
    ['anonymous', 401, 'unauthenticated'],
    // An athlete's own access token is not a console session.
    ['athleteAccess', 401, 'unauthenticated'],
    // Console tokens signed for accounts whose role is not (or no longer) admin.
    ['athlete', 403, 'forbidden'],
    ['coach', 403, 'forbidden'],
    // Disabling ended every login of the account, so its console session ended too.
    ['disabled', 401, 'unauthenticated'],
    ['expired', 401, 'admin_session_expired'],
  ];
  it.each(refusals)('%s: every route answers %i %s', async (caller, status, code) => {
    const victim = await athleteNamed('victim');
    for (const route of ROUTES) {
      const res = await call(route, victim, tokens[caller], victim.password);
      expect([route.name, res.status, res.code]).toEqual([route.name, status, code]);
    }
    // Nothing happened to the account the refused calls named.
    const still = await login(relay.http, victim.email, victim.password);
    expect(still.userId).toBe(victim.userId);
  });

  it.each(['admin', 'owner'])('%s: every route is served', async (caller) => {
    for (const route of ROUTES) {
      const victim = await athleteNamed('victim');
      const res = await call(
        route,
        victim,
        tokens[caller],
        caller === 'owner' ? owner.password : admin.password,
      );
      expect([route.name, res.status]).toEqual([route.name, 200]);
    }
  });

  it('a wrong password refuses a change, and the refusal is audited', async () => {
    const victim = await athleteNamed('victim');
    const res = await act(relay.http, tokens.admin ?? '', `${victim.userId}/disable`, {
      password: 'not it at all',
    });
    expect([res.status, errorCode(res.json)]).toEqual([403, 'wrong_password']);
    await login(relay.http, victim.email, victim.password);
    const audit = await call(ROUTES[8] as RouteCase, victim, tokens.owner, owner.password);
    const [latest] = (JSON.parse(audit.text) as { entries: Array<Record<string, unknown>> })
      .entries;
    expect(latest).toMatchObject({
      action: 'account.disable',
      result: 'refused',
      detail: 'wrong_password',
      actor: { userId: admin.userId, email: admin.email },
      target: { userId: victim.userId, email: victim.email },
      from: '127.0.0.1',
    });
  });

  it('only the owner grants admin or changes an admin; nobody changes the owner', async () => {
    const victim = await athleteNamed('victim');
    const grant = await act(relay.http, tokens.admin ?? '', `${victim.userId}/role`, {
      role: 'admin',
    });
    expect([grant.status, errorCode(grant.json)]).toEqual([403, 'forbidden']);
    const other = await athleteNamed('admin2');
    await act(relay.http, tokens.owner ?? '', `${other.userId}/role`, { role: 'admin' });
    const onAdmin = await act(relay.http, tokens.admin ?? '', `${other.userId}/disable`, {});
    expect([onAdmin.status, errorCode(onAdmin.json)]).toEqual([403, 'forbidden']);
    const onOwner = await act(relay.http, tokens.admin ?? '', `${owner.userId}/disable`, {});
    expect(onOwner.status).toBe(403);
  });

  it('opening a console session needs an admin role and the password again', async () => {
    const athlete = await athleteNamed('athlete');
    const open = (m: Member, password: string) =>
      fetch(`${relay.http}/api/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${m.accessToken}` },
        body: JSON.stringify({ password }),
      });
    expect((await open(athlete, athlete.password)).status).toBe(403);
    expect((await open(admin, 'wrong password here')).status).toBe(403);
    expect((await open(admin, admin.password)).status).toBe(201);
  });
});
