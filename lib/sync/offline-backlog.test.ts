import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  register,
  spawnRelay,
  synced,
  tempDir,
  type RelayProcess,
} from '@/sync-server/test-support/relay-harness';
import { chunkingWebSocket, CLIENT_MESSAGE_BYTES } from './chunking-socket';

const MIB = 1024 * 1024;
const BACKLOG_BYTES = 100 * MIB;
const VALUE_BYTES = 256 * 1024;

let relay: RelayProcess;
beforeAll(async () => {
  // The relay's defaults, except a document may hold the whole backlog.
  relay = await spawnRelay(await tempDir(), { MAX_DOC_BYTES: String(256 * MIB) });
});
afterAll(async () => {
  relay.child.kill('SIGTERM');
  await relay.exited;
});

/**
 * Resolves once `doc` holds everything `source` has. The phone's "synced" only means the relay
 * answered it; the rest of its backlog may still be on its way, and reaches the laptop as updates.
 */
function holdsAllOf(doc: Y.Doc, source: Y.Doc, timeoutMs: number): Promise<void> {
  const want = Y.encodeStateVector(source).join(',');
  const done = () => Y.encodeStateVector(doc).join(',') === want;
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('the other device never received the whole backlog'));
    }, timeoutMs);
    function check() {
      if (!done()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    }
    doc.on('update', check);
  });
}

/** A Node WebSocket that takes a whole large document in one message, as browsers do. */
class RoomyWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { maxPayload: 512 * MIB });
  }
}

function provider(name: string, token: string, doc: Y.Doc, Socket: typeof RoomyWebSocket) {
  return new WebsocketProvider(relay.ws, name, doc, {
    params: { token },
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
}

describe('an offline backlog far larger than the relay takes in one message', () => {
  it('syncs in full: 100 MiB of edits made offline reach the relay and another device', async () => {
    const user = await register(relay.http);
    const name = `${user.athleteId}/plan/offline`;
    const offline = new Y.Doc();
    for (let i = 0; i * VALUE_BYTES < BACKLOG_BYTES; i++) {
      offline.getMap('notes').set(`n${i}`, String(i % 10).repeat(VALUE_BYTES));
    }
    expect(Y.encodeStateAsUpdate(offline).length).toBeGreaterThan(BACKLOG_BYTES);

    const phone = provider(
      name,
      user.accessToken,
      offline,
      chunkingWebSocket(RoomyWebSocket, CLIENT_MESSAGE_BYTES),
    );
    const closes: number[] = [];
    phone.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await synced(phone, 60_000);
    const laptopDoc = new Y.Doc();
    const laptop = provider(name, user.accessToken, laptopDoc, RoomyWebSocket);
    try {
      await synced(laptop, 60_000);
      await holdsAllOf(laptopDoc, offline, 60_000);
      expect(Y.encodeStateVector(laptopDoc)).toEqual(Y.encodeStateVector(offline));
      expect(laptopDoc.getMap('notes').size).toBe(offline.getMap('notes').size);
      // No message was refused as too large, so nothing had to be sent twice.
      expect(closes).toEqual([]);
    } finally {
      phone.destroy();
      laptop.destroy();
    }
  }, 120_000);
});
