import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { setJournalField } from './test-support/documents.ts';
import {
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  waitUntil,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';

const PING_MS = 200;
let relay: TestRelay;
const clients: Client[] = [];

beforeAll(async () => {
  relay = await startTestRelay({ PING_INTERVAL_MS: String(PING_MS) });
});
afterAll(async () => {
  destroyAll(clients);
  await relay.close();
});

async function openConnections(): Promise<number> {
  const res = await fetch(`${relay.http}/healthz`);
  return ((await res.json()) as { connections: number }).connections;
}

describe('dead-peer detection', () => {
  it('keeps a client that answers pings connected across many ping intervals', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/journal`;
    const phone = connect(relay.ws, name, user.accessToken);
    const laptop = connect(relay.ws, name, user.accessToken);
    clients.push(phone, laptop);
    await Promise.all([synced(phone.provider), synced(laptop.provider)]);
    const closes: unknown[] = [];
    phone.provider.on('connection-close', (event) => closes.push(event));

    // Absence over time is the point here: eight ping rounds must pass without a drop.
    await sleep(PING_MS * 8);
    expect(closes).toEqual([]);
    setJournalField(laptop.doc, '2026-11-22', 'note', 'still connected');
    await waitUntil(phone.doc, () => phone.doc.getMap('dayFields').has('2026-11-22|note'));
  });

  it('drops a peer that stops answering pings and keeps serving others', async () => {
    const user = await register(relay.http);
    const before = await openConnections();
    const silent = new WebSocket(`${relay.ws}/${user.athleteId}/journal?token=${user.accessToken}`);
    await new Promise<void>((resolve, reject) => {
      silent.once('open', () => resolve());
      silent.once('error', reject);
    });
    const admitted = Date.now();
    while ((await openConnections()) <= before && Date.now() - admitted < 5_000) await sleep(20);
    expect(await openConnections()).toBe(before + 1);

    // Stop reading: pings are never seen, so no pong goes back.
    (silent as unknown as { _socket: { pause(): void } })._socket.pause();
    const paused = Date.now();
    while ((await openConnections()) > before && Date.now() - paused < 5_000) await sleep(20);
    expect(await openConnections()).toBe(before);
    silent.terminate();
  });
});
