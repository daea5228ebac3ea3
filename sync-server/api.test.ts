import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminGet,
  api,
  register,
  startTestRelay,
  uniqueEmail,
  type Session,
  type TestRelay,
} from './test-support/relay-harness.ts';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(() => relay.close());

const errorCode = (json: unknown) => (json as { error: { code: string } }).error.code;

describe('accounts', () => {
  it('registers with the device’s athlete id, logs in, and answers /api/me', async () => {
    const athleteId = randomUUID();
    const email = uniqueEmail();
    const created = await api(relay.http, 'POST', '/api/auth/register', {
      email,
      password: 'correct horse battery',
      athleteId,
    });
    expect(created.status).toBe(201);
    const session = created.json as Session;
    expect(session.athleteId).toBe(athleteId);
    const login = await api(relay.http, 'POST', '/api/auth/login', {
      email: email.toUpperCase(),
      password: 'correct horse battery',
    });
    expect(login.status).toBe(200);
    expect((login.json as Session).userId).toBe(session.userId);
    const me = await api(
      relay.http,
      'GET',
      '/api/me',
      undefined,
      (login.json as Session).accessToken,
    );
    expect(me.json).toEqual({ userId: session.userId, email, athleteId });
  });

  it('refuses a taken email, a taken athlete id, a wrong password and bad bodies', async () => {
    const user = await register(relay.http);
    const again = await api(relay.http, 'POST', '/api/auth/register', {
      email: user.email,
      password: 'another long password',
    });
    expect([again.status, errorCode(again.json)]).toEqual([409, 'email_taken']);
    const sameAthlete = await api(relay.http, 'POST', '/api/auth/register', {
      email: uniqueEmail(),
      password: 'another long password',
      athleteId: user.athleteId,
    });
    expect([sameAthlete.status, errorCode(sameAthlete.json)]).toEqual([409, 'athlete_taken']);
    const wrong = await api(relay.http, 'POST', '/api/auth/login', {
      email: user.email,
      password: 'not the password',
    });
    expect([wrong.status, errorCode(wrong.json)]).toEqual([401, 'invalid_login']);
    const short = await api(relay.http, 'POST', '/api/auth/register', {
      email: 'x@example.com',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect((short.json as { error: { message: string } }).error.message).toMatch(/password/);
    const notJson = await fetch(`${relay.http}/api/auth/login`, {
      method: 'POST',
      body: 'email=x',
    });
    expect(notJson.status).toBe(415);
  });

  it('rotates refresh tokens, and reusing an old one ends the whole login', async () => {
    const user = await register(relay.http);
    const first = await api(relay.http, 'POST', '/api/auth/refresh', {
      refreshToken: user.refreshToken,
    });
    expect(first.status).toBe(200);
    const rotated = first.json as Session;
    expect(rotated.refreshToken).not.toBe(user.refreshToken);
    expect((await api(relay.http, 'GET', '/api/me', undefined, rotated.accessToken)).status).toBe(
      200,
    );

    const reuse = await api(relay.http, 'POST', '/api/auth/refresh', {
      refreshToken: user.refreshToken,
    });
    expect([reuse.status, errorCode(reuse.json)]).toEqual([401, 'refresh_reused']);
    const afterReuse = await api(relay.http, 'POST', '/api/auth/refresh', {
      refreshToken: rotated.refreshToken,
    });
    expect(afterReuse.status).toBe(401);
    expect((await api(relay.http, 'GET', '/api/me', undefined, rotated.accessToken)).status).toBe(
      401,
    );

    // Another login of the same account is untouched.
    const other = await api(relay.http, 'POST', '/api/auth/login', {
      email: user.email,
      password: user.password,
    });
    expect(
      (await api(relay.http, 'GET', '/api/me', undefined, (other.json as Session).accessToken))
        .status,
    ).toBe(200);
  });

  it('ends a login on logout', async () => {
    const user = await register(relay.http);
    expect(
      (await api(relay.http, 'POST', '/api/auth/logout', { refreshToken: user.refreshToken }))
        .status,
    ).toBe(204);
    expect(
      (await api(relay.http, 'POST', '/api/auth/refresh', { refreshToken: user.refreshToken }))
        .status,
    ).toBe(401);
    expect((await api(relay.http, 'GET', '/api/me', undefined, user.accessToken)).status).toBe(401);
  });

  it('answers unknown endpoints and methods with JSON errors', async () => {
    const missing = await api(relay.http, 'GET', '/api/nothing');
    expect([missing.status, errorCode(missing.json)]).toEqual([404, 'not_found']);
    const method = await api(relay.http, 'GET', '/api/auth/login');
    expect([method.status, errorCode(method.json)]).toEqual([405, 'method_not_allowed']);
    expect((await api(relay.http, 'GET', '/api/me')).status).toBe(401);
  });
});

describe('shares', () => {
  it('lists given and received shares, checks the invitee and the owner, and deletes', async () => {
    const owner = await register(relay.http);
    const coach = await register(relay.http, uniqueEmail('coach'));
    const stranger = await register(relay.http);
    const prefix = `${owner.athleteId}/plan/`;

    const notMine = await api(
      relay.http,
      'POST',
      '/api/shares',
      { prefix, role: 'viewer', email: owner.email },
      coach.accessToken,
    );
    expect([notMine.status, errorCode(notMine.json)]).toEqual([403, 'not_owner']);
    const badRole = await api(
      relay.http,
      'POST',
      '/api/shares',
      { prefix, role: 'admin', email: coach.email },
      owner.accessToken,
    );
    expect(badRole.status).toBe(400);

    const invite = await api(
      relay.http,
      'POST',
      '/api/shares',
      { prefix, role: 'editor', email: coach.email },
      owner.accessToken,
    );
    expect(invite.status).toBe(201);
    const { id, token } = invite.json as { id: string; token: string };
    const wrongPerson = await api(
      relay.http,
      'POST',
      '/api/shares/accept',
      { token },
      stranger.accessToken,
    );
    expect([wrongPerson.status, errorCode(wrongPerson.json)]).toEqual([403, 'invite_for_other']);
    const accepted = await api(
      relay.http,
      'POST',
      '/api/shares/accept',
      { token },
      coach.accessToken,
    );
    expect(accepted.json).toMatchObject({ id, status: 'accepted', role: 'editor', prefix });

    const ownerList = (await api(relay.http, 'GET', '/api/shares', undefined, owner.accessToken))
      .json as {
      given: Array<{ id: string }>;
      received: unknown[];
    };
    expect(ownerList.given.map((s) => s.id)).toEqual([id]);
    expect(ownerList.received).toEqual([]);
    const coachList = (await api(relay.http, 'GET', '/api/shares', undefined, coach.accessToken))
      .json as {
      received: Array<{ id: string; granteeId: string }>;
    };
    expect(coachList.received).toMatchObject([
      { id, granteeId: coach.userId, ownerEmail: owner.email },
    ]);
    expect(JSON.stringify(coachList)).not.toContain(token);

    expect(
      (await api(relay.http, 'DELETE', `/api/shares/${id}`, undefined, stranger.accessToken))
        .status,
    ).toBe(404);
    expect(
      (await api(relay.http, 'DELETE', `/api/shares/${id}`, undefined, owner.accessToken)).status,
    ).toBe(204);
    const after = (await api(relay.http, 'GET', '/api/shares', undefined, coach.accessToken)).json;
    expect(after).toEqual({ given: [], received: [] });
  });
});

describe('operations endpoints', () => {
  it('reports health and Prometheus metrics', async () => {
    const health = JSON.parse((await adminGet(relay.http, '/healthz')).text) as unknown;
    expect(health).toMatchObject({ ok: true });
    const metrics = (await adminGet(relay.http, '/metrics')).text;
    for (const name of [
      'relay_connections',
      'relay_documents_loaded',
      'relay_messages_received_total',
      'relay_bytes_sent_total',
      'relay_persist_seconds_bucket',
    ]) {
      expect(metrics).toContain(name);
    }
  });
});

describe('login attempts', () => {
  it('are limited per address with 429 and Retry-After', async () => {
    const limited = await startTestRelay({ LOGIN_ATTEMPTS_PER_WINDOW: '3', LOGIN_WINDOW_S: '600' });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${limited.http}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'nobody@example.com', password: 'guessing password' }),
        });
        statuses.push(res.status);
        retryAfter = res.headers.get('retry-after');
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect((await fetch(`${limited.http}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
