import { randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { setJournalField } from './test-support/documents.ts';
import {
  api,
  closedFor,
  connect,
  converged,
  destroyAll,
  register,
  startTestRelay,
  synced,
  uniqueEmail,
  waitUntil,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';

const SECRET = 'a test secret that is at least thirty-two characters long';
let relay: TestRelay;
const clients: Client[] = [];

beforeAll(async () => {
  relay = await startTestRelay({ JWT_SECRET: SECRET, ACCESS_RECHECK_MS: '500' });
});
afterAll(async () => {
  destroyAll(clients);
  await relay.close();
});

/** Opens a raw socket and reports how it ended and whether any data frame arrived first. */
function rawAttempt(url: string): Promise<{ code: number; reason: string; messages: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let messages = 0;
    ws.on('message', () => (messages += 1));
    ws.on('error', reject);
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), messages }));
  });
}

/** An owner with a journal entry already on the relay. */
async function ownerWithData() {
  const owner = await register(relay.http);
  const name = `${owner.athleteId}/journal`;
  const device = connect(relay.ws, name, owner.accessToken);
  clients.push(device);
  await synced(device.provider);
  setJournalField(device.doc, '2026-11-20', 'note', 'private');
  const check = connect(relay.ws, name, owner.accessToken);
  clients.push(check);
  await waitUntil(check.doc, () => check.doc.getMap('dayFields').size === 1);
  return { owner, name, device };
}

async function share(ownerToken: string, prefix: string, role: 'editor' | 'viewer') {
  const coach = await register(relay.http, uniqueEmail('coach'));
  const invite = await api(
    relay.http,
    'POST',
    '/api/shares',
    { prefix, role, email: coach.email },
    ownerToken,
  );
  expect(invite.status).toBe(201);
  const { id, token } = invite.json as { id: string; token: string };
  const accepted = await api(
    relay.http,
    'POST',
    '/api/shares/accept',
    { token },
    coach.accessToken,
  );
  expect(accepted.status).toBe(200);
  return { coach, shareId: id };
}

describe('who may open a document', () => {
  it('refuses a missing, bad or expired token with 4401 and sends no data at all', async () => {
    const { owner, name } = await ownerWithData();
    const base = `${relay.ws}/${name}`;
    expect(await rawAttempt(base)).toEqual({ code: 4401, reason: 'sign in required', messages: 0 });
    expect(await rawAttempt(`${base}?token=not.a.jwt`)).toEqual({
      code: 4401,
      reason: 'invalid token',
      messages: 0,
    });
    const forged = await new SignJWT({ ...decodeJwt(owner.accessToken) })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('another secret that is also thirty-two characters'));
    expect((await rawAttempt(`${base}?token=${forged}`)).code).toBe(4401);
    const claims = decodeJwt(owner.accessToken);
    const expired = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 1000)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 100)
      .sign(new TextEncoder().encode(SECRET));
    expect(await rawAttempt(`${base}?token=${expired}`)).toEqual({
      code: 4401,
      reason: 'token expired',
      messages: 0,
    });
  });

  it('refuses another user’s document with 4403, and y-websocket stops retrying', async () => {
    const { name } = await ownerWithData();
    const stranger = await register(relay.http);
    expect(await rawAttempt(`${relay.ws}/${name}?token=${stranger.accessToken}`)).toEqual({
      code: 4403,
      reason: 'no access to this document',
      messages: 0,
    });
    const client = connect(relay.ws, name, stranger.accessToken);
    clients.push(client);
    const closed = await closedFor(client.provider);
    expect(closed.code).toBe(4403);
    expect(client.provider.shouldConnect).toBe(false);
    expect(client.doc.getMap('dayFields').size).toBe(0);
  });

  it('lets a viewer read and follow along but never stores or forwards its writes', async () => {
    const { owner, name, device } = await ownerWithData();
    const { coach } = await share(owner.accessToken, `${owner.athleteId}/`, 'viewer');
    const viewer = connect(relay.ws, name, coach.accessToken);
    clients.push(viewer);
    await synced(viewer.provider);
    expect(viewer.doc.getMap('dayFields').get('2026-11-20|note')).toBe('private');

    setJournalField(viewer.doc, '2026-11-21', 'note', 'written by the viewer');
    // Sent after the write on the same socket; once the owner sees it, the relay has handled the write.
    viewer.provider.awareness.setLocalStateField('user', { name: 'coach' });
    await new Promise<void>((resolve) => {
      const seen = () => {
        if (!device.provider.awareness.getStates().has(viewer.doc.clientID)) return;
        device.provider.awareness.off('change', seen);
        resolve();
      };
      device.provider.awareness.on('change', seen);
      seen();
    });
    setJournalField(device.doc, '2026-11-22', 'note', 'owner again');
    await waitUntil(viewer.doc, () => viewer.doc.getMap('dayFields').has('2026-11-22|note'));
    expect(device.doc.getMap('dayFields').has('2026-11-21|note')).toBe(false);

    const later = connect(relay.ws, name, owner.accessToken);
    clients.push(later);
    await synced(later.provider);
    expect(later.doc.getMap('dayFields').has('2026-11-21|note')).toBe(false);
    expect(later.doc.getMap('dayFields').has('2026-11-22|note')).toBe(true);
  });

  it('lets an editor write, and closes its open connection with 4403 when the share is revoked', async () => {
    const { owner, name, device } = await ownerWithData();
    const { coach, shareId } = await share(owner.accessToken, name, 'editor');
    const editor = connect(relay.ws, name, coach.accessToken);
    clients.push(editor);
    await synced(editor.provider);
    setJournalField(editor.doc, '2026-11-23', 'note', 'from the coach');
    await converged([editor.doc, device.doc]);

    const closing = closedFor(editor.provider);
    const revoked = await api(
      relay.http,
      'DELETE',
      `/api/shares/${shareId}`,
      undefined,
      owner.accessToken,
    );
    expect(revoked.status).toBe(204);
    expect(await closing).toEqual({ code: 4403, reason: 'access to this document was revoked' });
    expect(await rawAttempt(`${relay.ws}/${name}?token=${coach.accessToken}`)).toMatchObject({
      code: 4403,
      messages: 0,
    });
  });

  it('closes a login’s connections with 4401 when it signs out', async () => {
    const user = await register(relay.http);
    const client = connect(relay.ws, `${user.athleteId}/plan/${randomUUID()}`, user.accessToken);
    clients.push(client);
    await synced(client.provider);
    const closing = closedFor(client.provider);
    const out = await api(relay.http, 'POST', '/api/auth/logout', {
      refreshToken: user.refreshToken,
    });
    expect(out.status).toBe(204);
    expect(await closing).toEqual({ code: 4401, reason: 'signed out' });
  });

  it('refuses a path that is not a document name', async () => {
    const user = await register(relay.http);
    const attempt = await rawAttempt(`${relay.ws}/not-a-doc?token=${user.accessToken}`);
    expect(attempt).toMatchObject({ code: 4400, messages: 0 });
  });
});
