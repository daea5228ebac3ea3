import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../test-support/postgres-server.ts';
import { startRedis, type TestRedis } from '../test-support/redis-server.ts';
import {
  api,
  closedFor,
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
  act,
  consoleToken,
  createOwnerCommand,
  errorCode,
  login,
  SECRET,
  signedConsoleToken,
  type Member,
} from './admin-test-support.ts';

// The key console checks with two relay processes sharing PostgreSQL and Redis: a session opened
// on one works on the other, and what an operator does on one reaches the athlete on the other.
let redis: TestRedis;
let postgres: TestPostgres;
const relays: RelayProcess[] = [];
const clients: Client[] = [];
let owner: Member;
let token: string;

const env = () => ({
  REDIS_URL: redis.url,
  DATABASE_URL: postgres.url,
  JWT_SECRET: SECRET,
  ACCESS_RECHECK_MS: '200',
  LOGIN_ATTEMPTS_PER_WINDOW: '1000',
});

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const dataDir = await tempDir();
  const ownerEmail = uniqueEmail('owner');
  const made = await createOwnerCommand(dataDir, ownerEmail, env());
  expect(made, made.output).toMatchObject({ code: 0 });
  relays.push(await spawnRelay(dataDir, env()), await spawnRelay(dataDir, env()));
  owner = await login(relays[0]?.http ?? '', ownerEmail);
  token = await consoleToken(relays[0]?.http ?? '', owner);
});

afterAll(async () => {
  destroyAll(clients);
  for (const relay of relays) {
    relay.child.kill('SIGTERM');
    await relay.exited;
  }
  await redis.stop();
  await postgres.stop();
});

const a = () => relays[0]?.http ?? '';
const b = () => relays[1]?.http ?? '';

describe('the console with two relays on PostgreSQL and Redis', () => {
  it('a console session opened on one relay works on the other; others are refused there', async () => {
    const me = await api(b(), 'GET', '/api/admin/me', undefined, token);
    expect(me.json).toMatchObject({ userId: owner.userId, role: 'owner' });
    const athlete = await register(b(), uniqueEmail('athlete'));
    const forged = await signedConsoleToken(athlete);
    const expired = await signedConsoleToken(owner, -5);
    const cases: Array<[string | undefined, number, string]> = [
      [undefined, 401, 'unauthenticated'],
      [athlete.accessToken, 401, 'unauthenticated'],
      [forged, 403, 'forbidden'],
      [expired, 401, 'admin_session_expired'],
    ];
    for (const [bearer, status, code] of cases) {
      const res = await api(b(), 'GET', '/api/admin/accounts', undefined, bearer);
      expect([res.status, errorCode(res.json)]).toEqual([status, code]);
    }
  });

  it('disabling on one relay closes the athlete’s socket on the other and refuses sign-in there', async () => {
    const athlete = await register(b(), uniqueEmail('athlete'));
    const device = connect(
      relays[1]?.ws ?? '',
      `${athlete.athleteId}/journal`,
      athlete.accessToken,
    );
    clients.push(device);
    await synced(device.provider);
    const closed = closedFor(device.provider);
    expect((await act(a(), token, `${athlete.userId}/disable`, {})).status).toBe(200);
    expect(await closed).toMatchObject({ code: 4401 });
    const signIn = await api(b(), 'POST', '/api/auth/login', {
      email: athlete.email,
      password: athlete.password,
    });
    expect([signIn.status, errorCode(signIn.json)]).toEqual([403, 'account_disabled']);
    const audit = await api(b(), 'GET', '/api/admin/audit?limit=1', undefined, token);
    expect((audit.json as { entries: unknown[] }).entries[0]).toMatchObject({
      action: 'account.disable',
      result: 'ok',
      target: { userId: athlete.userId },
    });
  });

  it('an account deleted through one relay is gone on the other', async () => {
    const athlete = await register(b(), uniqueEmail('athlete'));
    const deleted = await act(
      a(),
      token,
      athlete.userId,
      { confirmEmail: athlete.email },
      'DELETE',
    );
    expect(deleted.status).toBe(200);
    const detail = await api(b(), 'GET', `/api/admin/accounts/${athlete.userId}`, undefined, token);
    expect(detail.status).toBe(404);
    const signIn = await api(b(), 'POST', '/api/auth/login', {
      email: athlete.email,
      password: athlete.password,
    });
    expect(signIn.status).toBe(401);
  });
});
