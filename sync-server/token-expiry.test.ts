import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setJournalField } from './test-support/documents.ts';
import {
  api,
  closedFor,
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  waitUntil,
  type Client,
  type Session,
  type TestRelay,
} from './test-support/relay-harness.ts';

let relay: TestRelay;
const clients: Client[] = [];

beforeAll(async () => {
  relay = await startTestRelay({ ACCESS_TOKEN_TTL_S: '3' });
});
afterAll(async () => {
  destroyAll(clients);
  await relay.close();
});

describe('access tokens expiring on open sockets', () => {
  it('closes the socket with 4401 when its token runs out; a fresh token reconnects', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/journal`;
    const device = connect(relay.ws, name, user.accessToken);
    clients.push(device);
    await synced(device.provider);
    setJournalField(device.doc, '2026-11-21', 'note', 'written before the token ran out');

    const closed = await closedFor(device.provider, 10_000);
    expect(closed).toEqual({ code: 4401, reason: 'token expired' });
    // Not before its time: the relay closed it once the token's own expiry had passed.
    const { exp } = decodeJwt(user.accessToken);
    expect(Date.now()).toBeGreaterThanOrEqual((exp ?? Infinity) * 1000);

    // What the app does: refresh, then reconnect the same document with the new token.
    const refreshed = await api(relay.http, 'POST', '/api/auth/refresh', {
      refreshToken: user.refreshToken,
    });
    expect(refreshed.status).toBe(200);
    const { accessToken } = refreshed.json as Session;
    const again = connect(relay.ws, name, accessToken, device.doc);
    const other = connect(relay.ws, name, accessToken);
    clients.push(again, other);
    await Promise.all([synced(again.provider), synced(other.provider)]);
    await waitUntil(other.doc, () => other.doc.getMap('dayFields').size === 1);
    setJournalField(again.doc, '2026-11-22', 'note', 'after reconnecting');
    await waitUntil(other.doc, () => other.doc.getMap('dayFields').size === 2);
  });
});
