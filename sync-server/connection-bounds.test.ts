import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { globalCap } from './connection-caps.ts';
import { setJournalField } from './test-support/documents.ts';
import { closeOf, idleSocket, rawPeer, refusedUpgrade } from './test-support/raw-peers.ts';
import {
  connect,
  converged,
  destroyAll,
  register,
  startTestRelay,
  synced,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';

const clients: Client[] = [];
const sockets: WebSocket[] = [];
const relays: TestRelay[] = [];
afterEach(() => {
  destroyAll(clients.splice(0));
  for (const ws of sockets.splice(0)) ws.terminate();
});
afterAll(() => Promise.all(relays.map((r) => r.close())));

async function relayWith(env: Record<string, string>) {
  const relay = await startTestRelay(env);
  relays.push(relay);
  return relay;
}

const docUrl = (relay: TestRelay, user: { athleteId: string; accessToken: string }) =>
  `${relay.ws}/${user.athleteId}/plan/${randomUUID()}?token=${user.accessToken}`;

/** Two fresh clients of a new document sync and converge: the relay still serves. */
async function stillServes(relay: TestRelay) {
  const user = await register(relay.http);
  const name = `${user.athleteId}/journal`;
  const a = connect(relay.ws, name, user.accessToken);
  const b = connect(relay.ws, name, user.accessToken);
  clients.push(a, b);
  await Promise.all([synced(a.provider), synced(b.provider)]);
  setJournalField(a.doc, '2026-06-01', 'note', 'served');
  await converged([a.doc, b.doc]);
}

describe('connection caps', () => {
  it('refuses a sixth socket from one address with 429, not from another address', async () => {
    const relay = await relayWith({ MAX_CONNECTIONS_PER_IP: '5' });
    const user = await register(relay.http);
    for (let i = 0; i < 5; i++) sockets.push(await rawPeer(docUrl(relay, user), '127.0.0.2'));
    expect(await refusedUpgrade(docUrl(relay, user), '127.0.0.2')).toBe(429);
    sockets.push(await rawPeer(docUrl(relay, user), '127.0.0.3'));
  });

  it('closes a connection over the per-account cap with 1013, and admits it once one closes', async () => {
    const relay = await relayWith({ MAX_CONNECTIONS_PER_ACCOUNT: '3' });
    const user = await register(relay.http);
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await rawPeer(docUrl(relay, user)));
    sockets.push(...open);
    const fourth = await rawPeer(docUrl(relay, user)).catch((error: Error) => error.message);
    expect(fourth).toBe('closed 1013 too many open connections for this account; retrying later');
    const gone = closeOf(open[0]!);
    open[0]!.close();
    await gone;
    sockets.push(await rawPeer(docUrl(relay, user)));
  });

  it('answers 503 past the global cap, and serves again once sockets close', async () => {
    const relay = await relayWith({ MAX_CONNECTIONS: '6' });
    const user = await register(relay.http);
    const open: WebSocket[] = [];
    let refused = '';
    while (!refused && open.length < 10) {
      await rawPeer(docUrl(relay, user)).then(
        (ws) => open.push(ws),
        (error: Error) => (refused = error.message),
      );
    }
    // The API request above may hold one of the six in keep-alive.
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(open.length).toBeLessThanOrEqual(6);
    expect(refused).toBe('Unexpected server response: 503');
    await Promise.all(open.map((ws) => (ws.close(), closeOf(ws))));
    await stillServes(relay);
  });

  it('keeps the global cap below the file-descriptor limit', () => {
    expect(globalCap(20_000, 1_300)).toBe(200);
    expect(globalCap(500, 20_000)).toBe(500);
    expect(globalCap(500, null)).toBe(500);
  });
});

describe('idle sockets', () => {
  it('closes sockets that never send a request within seconds', async () => {
    const relay = await relayWith({ PREAUTH_TIMEOUT_MS: '1000' });
    const idle = await Promise.all(Array.from({ length: 100 }, () => idleSocket(relay.port)));
    const closedAfterMs = await Promise.all(idle.map((s) => s.closedAfterMs));
    // The deadline plus one check interval (1 s), with room for a busy machine.
    expect(Math.max(...closedAfterMs)).toBeLessThan(4_000);
    await stillServes(relay);
  });
});
