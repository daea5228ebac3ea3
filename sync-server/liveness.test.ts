import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { register, startTestRelay, type TestRelay } from './test-support/relay-harness.ts';

// Both cases wait on what the relay does on the wire (its pings, its closing the socket), never
// on the clock: the ping interval is short only so that the events come quickly.
const PING_MS = 100;
const ROUNDS = 8;
let relay: TestRelay;

beforeAll(async () => {
  relay = await startTestRelay({ PING_INTERVAL_MS: String(PING_MS) });
});
afterAll(() => relay.close());

/** An authorised socket, greeted by the relay; `autoPong: false` makes a peer that never answers. */
async function open(autoPong: boolean): Promise<WebSocket> {
  const user = await register(relay.http);
  const ws = new WebSocket(`${relay.ws}/${user.athleteId}/journal?token=${user.accessToken}`, {
    autoPong,
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

describe('dead-peer detection', () => {
  it('keeps a peer that answers pings connected across many ping rounds', async () => {
    const ws = await open(true);
    const closes: number[] = [];
    ws.on('close', (code) => closes.push(code));
    await new Promise<void>((resolve) => {
      let pings = 0;
      ws.on('ping', () => {
        pings += 1;
        if (pings === ROUNDS) resolve();
      });
    });
    expect(closes).toEqual([]);
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });

  it('drops a peer that stops answering pings, after one unanswered ping', async () => {
    const ws = await open(false);
    let pings = 0;
    ws.on('ping', () => (pings += 1));
    const code = await new Promise<number>((resolve) => ws.once('close', resolve));
    // Terminated (no closing handshake) once the one ping it ignored was due.
    expect(code).toBe(1006);
    // One ping went unanswered (it may have come before we were listening): no second chance.
    expect(pings).toBeLessThanOrEqual(1);
    const other = await open(true);
    expect(other.readyState).toBe(WebSocket.OPEN);
    other.close();
  });
});
