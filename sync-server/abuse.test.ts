import { randomUUID } from 'node:crypto';
import { connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { setJournalField } from './test-support/documents.ts';
import {
  adminGet,
  connect,
  converged,
  destroyAll,
  register,
  startTestRelay,
  synced,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';
import { syncMessage, SYNC_UPDATE } from './sync-messages.ts';

const clients: Client[] = [];
afterAll(() => destroyAll(clients));

type Opened = { ws: WebSocket; closed: Promise<{ code: number; reason: string }> };

/** An authorised raw socket, open and greeted by the relay (its sync step 1 arrived). */
function rawClient(url: string): Promise<Opened> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    ws.on('error', reject);
    ws.once('message', () => resolve({ ws, closed }));
  });
}

/** Proves the relay still serves: two fresh clients of a new document converge. */
async function stillServes(relay: TestRelay) {
  const user = await register(relay.http);
  const name = `${user.athleteId}/plan/${randomUUID()}`;
  const a = connect(relay.ws, name, user.accessToken);
  const b = connect(relay.ws, name, user.accessToken);
  clients.push(a, b);
  await Promise.all([synced(a.provider), synced(b.provider)]);
  setJournalField(a.doc, '2026-11-21', 'note', 'still here');
  await converged([a.doc, b.doc]);
}

describe('bad input', () => {
  let relay: TestRelay;
  let url: string;
  beforeAll(async () => {
    relay = await startTestRelay({ MAX_MESSAGE_BYTES: '65536', MAX_DOC_BYTES: '200000' });
    const user = await register(relay.http);
    url = `${relay.ws}/${user.athleteId}/journal?token=${user.accessToken}`;
  });
  afterAll(() => relay.close());

  it.each([
    ['garbage bytes', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])],
    ['an unknown message type', Buffer.from([9, 0, 0])],
    ['a truncated sync message', Buffer.from([0, 2, 50, 1, 2])],
    [
      'an update that is not a Yjs update',
      Buffer.from(syncMessage(SYNC_UPDATE, new Uint8Array([200, 1, 255, 255, 255, 15]))),
    ],
    ['a text frame', 'hello relay'],
  ])('closes the connection that sent %s with 4400 and keeps serving', async (_label, frame) => {
    const { ws, closed } = await rawClient(url);
    ws.send(frame);
    expect((await closed).code).toBe(4400);
    await stillServes(relay);
  });

  it('closes a connection whose message is over the size limit with 1009 and a reason', async () => {
    const { ws, closed } = await rawClient(url);
    ws.send(syncMessage(SYNC_UPDATE, new Uint8Array(70_000)));
    const { code, reason } = await closed;
    expect(code).toBe(1009);
    expect(reason).toMatch(/over the 65536-byte limit/);
    await stillServes(relay);
  });

  it('refuses growth past the document size limit with 4413', async () => {
    const user = await register(relay.http);
    const writer = connect(relay.ws, `${user.athleteId}/plan/${randomUUID()}`, user.accessToken);
    clients.push(writer);
    await synced(writer.provider);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      writer.provider.on('closed', resolve),
    );
    for (let i = 0; i < 6; i++) writer.doc.getMap('notes').set(`n${i}`, 'x'.repeat(50_000));
    expect(await closed).toEqual({
      code: 4413,
      reason: 'this update would make the document larger than the relay allows',
    });
    await stillServes(relay);
  });

  it('answers bytes that are not HTTP, and a broken WebSocket frame, without falling over', async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = tcpConnect(relay.port, '127.0.0.1', () =>
        socket.end(Buffer.from([0, 1, 2, 3, 0xff, 13, 10, 13, 10])),
      );
      socket.on('error', reject);
      socket.on('close', () => resolve());
      socket.resume();
    });
    const { ws, closed } = await rawClient(url);
    // A frame with reserved bits and an undefined opcode (RFC 6455 §5.2): a protocol error.
    (ws as unknown as { _socket: NodeJS.WritableStream })._socket.write(
      Buffer.from([0xf3, 0x80, 0, 0, 0, 0]),
    );
    expect((await closed).code).toBe(1002);
    await stillServes(relay);
  });
});

describe('rate limits', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay({ UPDATES_PER_SECOND: '5', UPDATE_BURST: '20' });
  });
  afterAll(() => relay.close());

  it('closes a connection that sends updates faster than allowed with 1013', async () => {
    const user = await register(relay.http);
    const { ws, closed } = await rawClient(
      `${relay.ws}/${user.athleteId}/journal?token=${user.accessToken}`,
    );
    const source = connect(relay.ws, `${user.athleteId}/plan/${randomUUID()}`, user.accessToken);
    clients.push(source);
    const updates: Uint8Array[] = [];
    source.doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 40; i++) source.doc.getMap('m').set(`k${i}`, i);
    for (const u of updates) ws.send(syncMessage(SYNC_UPDATE, u));
    expect(await closed).toEqual({
      code: 1013,
      reason: 'too many messages per second; reconnect later',
    });
    await stillServes(relay);
  });
});

describe('a slow reader', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay({ MAX_BUFFERED_BYTES: '262144', UPDATE_BURST: '1000' });
  });
  afterAll(() => relay.close());

  it('is dropped with 1013 once too much waits for it, while everyone else is served', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/plan/${randomUUID()}`;
    const slow = await rawClient(`${relay.ws}/${name}?token=${user.accessToken}`);
    slow.ws.pause();
    const writer = connect(relay.ws, name, user.accessToken);
    const reader = connect(relay.ws, name, user.accessToken);
    clients.push(writer, reader);
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    for (let i = 0; i < 300; i++) {
      writer.doc.getMap('big').set('blob', `${i}:${'y'.repeat(60_000)}`);
      if (i % 20 === 0) await converged([writer.doc, reader.doc]);
    }
    await converged([writer.doc, reader.doc]);
    slow.ws.resume();
    expect(await slow.closed).toEqual({
      code: 1013,
      reason: 'client is not reading fast enough; reconnect later',
    });
    const metrics = (await adminGet(relay.http, '/metrics')).text;
    expect(metrics).toMatch(/relay_limit_closes_total\{limit="buffered"\} 1/);
  });
});
