import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import { metricUntil, rawPeer, rssOf, WHOLE_DOC_REQUEST } from './test-support/raw-peers.ts';
import {
  connect,
  converged,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  waitUntil,
  type Client,
  type RelayProcess,
} from './test-support/relay-harness.ts';
import { setJournalField } from './test-support/documents.ts';

const MIB = 1024 * 1024;
const REPLY_BYTES_PER_S = 4 * MIB;

let relay: RelayProcess;
const clients: Client[] = [];
const sockets: WebSocket[] = [];
let owner: Awaited<ReturnType<typeof register>>;
let url: string;

beforeAll(async () => {
  relay = await spawnRelay(await tempDir(), {
    STATE_REPLY_BYTES_PER_S: String(REPLY_BYTES_PER_S),
    STATE_REPLY_BUDGET_BYTES: String(16 * MIB),
    MAX_BUFFERED_BYTES: String(256 * 1024),
    SLOW_READER_MS: '1000',
    UPDATE_BURST: '2000',
    UPDATES_PER_SECOND: '2000',
    MAX_CONNECTIONS_PER_ACCOUNT: '100',
  });
  owner = await register(relay.http);
  const name = `${owner.athleteId}/plan/big`;
  url = `${relay.ws}/${name}?token=${owner.accessToken}`;
  // A document of about 600 kB, so that each whole-document reply costs that much.
  const writer = connect(relay.ws, name, owner.accessToken);
  clients.push(writer);
  await synced(writer.provider);
  for (let i = 0; i < 12; i++) writer.doc.getMap('notes').set(`n${i}`, 'x'.repeat(50_000));
  const check = connect(relay.ws, name, owner.accessToken);
  clients.push(check);
  await waitUntil(check.doc, () => check.doc.getMap('notes').size === 12, 20_000);
});
afterAll(async () => {
  destroyAll(clients);
  for (const ws of sockets) ws.terminate();
  relay.child.kill('SIGTERM');
  await relay.exited;
});

/** Whether a message is a sync step 2 (a whole-document reply). */
const isStep2 = (data: Buffer) => {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1;
};

describe('peers that ask for the whole document and never read', () => {
  it('cost bounded memory, are dropped, and everyone else is served', async () => {
    const before = await rssOf(relay.child.pid ?? 0);
    const silent = await Promise.all(Array.from({ length: 20 }, () => rawPeer(url)));
    sockets.push(...silent);
    for (const ws of silent) {
      ws.pause();
      // 300 requests × 600 kB × 20 peers: 3.6 GB of replies if each were queued.
      for (let i = 0; i < 300; i++) ws.send(WHOLE_DOC_REQUEST);
    }
    const user = await register(relay.http);
    const a = connect(relay.ws, `${user.athleteId}/journal`, user.accessToken);
    const b = connect(relay.ws, `${user.athleteId}/journal`, user.accessToken);
    clients.push(a, b);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    setJournalField(a.doc, '2026-06-02', 'note', 'served meanwhile');
    await converged([a.doc, b.doc]);
    // Every silent peer is gone (dropped as too slow, or as dead once it stopped answering pings);
    // the four clients above remain.
    await metricUntil(relay.http, /^relay_connections 4$/m);
    const grownB = (await rssOf(relay.child.pid ?? 0)) - before;
    expect(grownB).toBeLessThan(150 * MIB);
  });
});

describe('whole-document requests', () => {
  it('are answered at the byte rate, however many are sent at once', async () => {
    const ws = await rawPeer(url);
    sockets.push(ws);
    const arrivals: Array<{ atMs: number; bytes: number }> = [];
    const done = new Promise<void>((resolve) =>
      ws.on('message', (data: Buffer) => {
        if (!isStep2(data)) return;
        arrivals.push({ atMs: performance.now(), bytes: data.length });
        if (arrivals.length === 6) resolve();
      }),
    );
    for (let i = 0; i < 6; i++) ws.send(WHOLE_DOC_REQUEST);
    await done;
    // Each reply after the first waits until the rate has paid for the one before: a lower bound
    // on the time taken, which a busy machine can only lengthen.
    const paidMs = arrivals
      .slice(0, -1)
      .reduce((ms, r) => ms + (r.bytes / REPLY_BYTES_PER_S) * 1000, 0);
    const tookMs = (arrivals.at(-1)?.atMs ?? 0) - (arrivals[0]?.atMs ?? 0);
    expect(tookMs).toBeGreaterThanOrEqual(paidMs * 0.9);
  });
});
