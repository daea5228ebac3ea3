// Every console route, and every kind of caller, for the authorization tests on LevelDB
// (admin-authz.test.ts) and on PostgreSQL + Redis with two relays (admin-authz-shared.test.ts).
import { expect, it } from 'vitest';
import { api, register, uniqueEmail } from '../test-support/relay-harness.ts';
import {
  act,
  consoleToken,
  errorCode,
  login,
  signedConsoleToken,
  type Member,
} from './admin-test-support.ts';

/** The callers, their tokens, and a running support grant for the support routes. */
export type Callers = {
  tokens: Record<string, string | undefined>;
  owner: Member;
  admin: Member;
  grantId: string;
  grantDoc: string;
};

export type RouteCase = {
  name: string;
  method: string;
  path: (v: Member, c: Callers) => string;
  body?: (v: Member) => object;
};

export const ROUTES: RouteCase[] = [
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
  { name: 'logs', method: 'GET', path: () => '/api/admin/logs?level=warn&text=relay' },
  { name: 'logs-file', method: 'GET', path: () => '/api/admin/logs?source=file' },
  { name: 'data-checks', method: 'GET', path: () => '/api/admin/data-checks' },
  { name: 'support', method: 'GET', path: () => '/api/admin/support' },
  { name: 'support-docs', method: 'GET', path: (_v, c) => `/api/admin/support/${c.grantId}/docs` },
  {
    name: 'support-doc',
    method: 'GET',
    path: (_v, c) => `/api/admin/support/${c.grantId}/doc?name=${c.grantDoc}`,
  },
];

export async function call(
  http: string,
  route: RouteCase,
  victim: Member,
  callers: Callers,
  token: string | undefined,
  password: string,
) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const body =
    route.method === 'GET'
      ? undefined
      : JSON.stringify({ password, ...(route.body?.(victim) ?? {}) });
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(`${http}${route.path(victim, callers)}`, {
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

export const athleteNamed = async (http: string, label: string): Promise<Member> =>
  register(http, uniqueEmail(label));

/**
 * Every kind of caller, made on `http`: the owner (made before the relay started), an admin, a
 * coach, an athlete (its access token and a console token signed for it), a disabled admin and
 * an expired console session; and an athlete's running support grant of their plan.
 */
export async function prepareCallers(http: string, ownerEmail: string): Promise<Callers> {
  const tokens: Record<string, string | undefined> = {};
  const owner = await login(http, ownerEmail);
  tokens.owner = await consoleToken(http, owner);
  const promote = async (m: Member, role: string) =>
    expect((await act(http, tokens.owner ?? '', `${m.userId}/role`, { role })).status).toBe(200);
  const admin = await athleteNamed(http, 'admin');
  await promote(admin, 'admin');
  tokens.admin = await consoleToken(http, admin);
  const coach = await athleteNamed(http, 'coach');
  await promote(coach, 'coach');
  const athlete = await athleteNamed(http, 'athlete');
  tokens.anonymous = undefined;
  tokens.athleteAccess = athlete.accessToken;
  tokens.athlete = await signedConsoleToken(athlete);
  tokens.coach = await signedConsoleToken(coach);
  const gone = await athleteNamed(http, 'disabled');
  await promote(gone, 'admin');
  tokens.disabled = await consoleToken(http, gone);
  expect((await act(http, tokens.owner, `${gone.userId}/disable`, {})).status).toBe(200);
  tokens.expired = await signedConsoleToken(admin, -5);
  const grant = await api(
    http,
    'POST',
    '/api/support',
    { prefixes: [`${athlete.athleteId}/plan/`], durationS: 3600 },
    athlete.accessToken,
  );
  expect(grant.status).toBe(201);
  const grantId = (grant.json as { id: string }).id;
  return { tokens, owner, admin, grantId, grantDoc: `${athlete.athleteId}/plan/p1` };
}

/** The refusals and the allowed calls, each route asked of the relays in turn. */
export function authzCases(relays: () => string[], callers: () => Callers) {
  const on = (i: number) => {
    const all = relays();
    return all[i % all.length] ?? '';
  };
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
    const c = callers();
    const victim = await athleteNamed(on(0), 'victim');
    for (const [i, route] of ROUTES.entries()) {
      const res = await call(on(i), route, victim, c, c.tokens[caller], victim.password);
      expect([route.name, res.status, res.code]).toEqual([route.name, status, code]);
    }
    // Nothing happened to the account the refused calls named.
    const still = await login(on(1), victim.email, victim.password);
    expect(still.userId).toBe(victim.userId);
  });

  it.each(['admin', 'owner'])('%s: every route is served', async (caller) => {
    const c = callers();
    for (const [i, route] of ROUTES.entries()) {
      const victim = await athleteNamed(on(0), 'victim');
      const password = caller === 'owner' ? c.owner.password : c.admin.password;
      const res = await call(on(i), route, victim, c, c.tokens[caller], password);
      expect([route.name, res.status]).toEqual([route.name, 200]);
    }
  });
}
