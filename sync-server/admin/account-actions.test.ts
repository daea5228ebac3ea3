import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  type Client,
  type TestRelay,
} from '../test-support/relay-harness.ts';
import { act, consoleToken, errorCode, login, SECRET, type Member } from './admin-test-support.ts';

// What the console's actions do to an athlete's live devices, on a relay whose owner is named
// by OWNER_EMAIL.
let relay: TestRelay;
let dataDir: string;
let owner: Member;
let token: string;
const clients: Client[] = [];

beforeAll(async () => {
  dataDir = await tempDir();
  const env = { JWT_SECRET: SECRET, LOGIN_ATTEMPTS_PER_WINDOW: '1000' };
  const first = await startTestRelay(env, dataDir);
  const ownerEmail = uniqueEmail('owner');
  await register(first.http, ownerEmail);
  await first.close();
  relay = await startTestRelay({ ...env, OWNER_EMAIL: ownerEmail }, dataDir);
  owner = await login(relay.http, ownerEmail);
  token = await consoleToken(relay.http, owner);
});

afterAll(async () => {
  destroyAll(clients);
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function device(member: Member) {
  const client = connect(relay.ws, `${member.athleteId}/journal`, member.accessToken);
  clients.push(client);
  await synced(client.provider);
  return client;
}

describe('console actions reach the athlete at once', () => {
  it('names the owner from OWNER_EMAIL', async () => {
    const me = await api(relay.http, 'GET', '/api/admin/me', undefined, token);
    expect(me.json).toMatchObject({ userId: owner.userId, role: 'owner' });
  });

  it('disabling closes the sockets, refuses tokens and sign-in; enabling lets them back', async () => {
    const athlete = await register(relay.http, uniqueEmail('athlete'));
    const open = await device(athlete);
    const closed = closedFor(open.provider);
    expect((await act(relay.http, token, `${athlete.userId}/disable`, {})).status).toBe(200);
    expect(await closed).toMatchObject({ code: 4401 });
    const me = await api(relay.http, 'GET', '/api/me', undefined, athlete.accessToken);
    expect(me.status).toBe(401);
    const refresh = await api(relay.http, 'POST', '/api/auth/refresh', {
      refreshToken: athlete.refreshToken,
    });
    expect(refresh.status).toBe(401);
    const signIn = await api(relay.http, 'POST', '/api/auth/login', {
      email: athlete.email,
      password: athlete.password,
    });
    expect([signIn.status, errorCode(signIn.json)]).toEqual([403, 'account_disabled']);
    const found = await api(
      relay.http,
      'GET',
      '/api/admin/accounts?status=disabled',
      undefined,
      token,
    );
    expect((found.json as { accounts: Array<{ userId: string }> }).accounts).toContainEqual(
      expect.objectContaining({ userId: athlete.userId, disabled: true }),
    );
    expect((await act(relay.http, token, `${athlete.userId}/enable`, {})).status).toBe(200);
    await login(relay.http, athlete.email, athlete.password);
  });

  it('revokes one login or all of them, closing just those devices', async () => {
    const athlete = await register(relay.http, uniqueEmail('athlete'));
    const laptop = await login(relay.http, athlete.email, athlete.password);
    const phone = await device(athlete);
    const browser = await device(laptop);
    const detail = await api(
      relay.http,
      'GET',
      `/api/admin/accounts/${athlete.userId}`,
      undefined,
      token,
    );
    const { logins } = detail.json as { logins: Array<{ familyId: string; lastActiveAt: string }> };
    expect(logins).toHaveLength(2);
    expect(Date.now() - Date.parse(logins[0]?.lastActiveAt ?? '')).toBeLessThan(60_000);
    const { fam } = JSON.parse(
      Buffer.from(laptop.accessToken.split('.')[1] ?? '', 'base64url').toString(),
    ) as { fam: string };
    const browserClosed = closedFor(browser.provider);
    const one = await act(relay.http, token, `${athlete.userId}/logins/revoke`, { familyId: fam });
    expect(one.json).toEqual({ ended: 1 });
    expect(await browserClosed).toMatchObject({ code: 4401 });
    expect(phone.provider.wsconnected).toBe(true);
    const phoneClosed = closedFor(phone.provider);
    const all = await act(relay.http, token, `${athlete.userId}/logins/revoke`, {});
    expect(all.json).toEqual({ ended: 1 });
    expect(await phoneClosed).toMatchObject({ code: 4401 });
  });

  it('the athlete reads what operators did to their account, without the operator’s address', async () => {
    const athlete = await register(relay.http, uniqueEmail('athlete'));
    await act(relay.http, token, `${athlete.userId}/role`, { role: 'coach' });
    await act(relay.http, token, `${athlete.userId}/logins/revoke`, {});
    const again = await login(relay.http, athlete.email, athlete.password);
    const mine = await api(relay.http, 'GET', '/api/me/audit', undefined, again.accessToken);
    const entries = (mine.json as { entries: Array<Record<string, unknown>> }).entries;
    expect(entries.map((e) => [e.action, e.result])).toEqual([
      ['account.logins.revoke', 'ok'],
      ['account.role', 'ok'],
    ]);
    expect(entries[0]).toMatchObject({ actor: { email: owner.email } });
    expect(entries[0]).not.toHaveProperty('from');
    const res = await fetch(`${relay.http}/api/admin/audit.jsonl`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string });
    expect(lines.map((l) => l.action)).toEqual(
      expect.arrayContaining(['console.open', 'account.role', 'account.logins.revoke']),
    );
  });
});
