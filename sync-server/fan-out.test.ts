import { rm } from 'node:fs/promises';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  connect,
  destroyAll,
  register,
  spawnRelay,
  synced,
  tempDir,
  type Client,
  type RelayProcess,
} from './test-support/relay-harness.ts';
import {
  awarenessMessage,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  syncMessage,
} from './sync-messages.ts';

const running: RelayProcess[] = [];
const clients: Client[] = [];
const sockets: WebSocket[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  destroyAll(clients.splice(0));
  for (const relay of running.splice(0)) {
    if (relay.child.exitCode === null && relay.child.signalCode === null) {
      relay.child.kill('SIGKILL');
      await relay.exited;
    }
  }
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

type Received = { kind: 'sync'; syncType: number; payload: Uint8Array } | { kind: 'awareness' };

/** A bare WebSocket speaking the y-websocket protocol, keeping every message it receives. */
class RawPeer {
  readonly received: Received[] = [];
  private readonly waiters: Array<() => void> = [];

  constructor(readonly ws: WebSocket) {
    sockets.push(ws);
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) {
        const syncType = decoding.readVarUint(decoder);
        this.received.push({
          kind: 'sync',
          syncType,
          payload: decoding.readVarUint8Array(decoder),
        });
      } else if (type === MESSAGE_AWARENESS) {
        this.received.push({ kind: 'awareness' });
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(wsUrl: string, name: string, token: string): Promise<RawPeer> {
    const peer = new RawPeer(new WebSocket(`${wsUrl}/${name}?token=${token}`));
    // The relay greets with sync step 1 once this peer is on the document.
    await peer.until((r) => r.some((m) => m.kind === 'sync' && m.syncType === SYNC_STEP1));
    return peer;
  }

  updates(): Uint8Array[] {
    return this.received.flatMap((m) =>
      m.kind === 'sync' && m.syncType === SYNC_UPDATE ? [m.payload] : [],
    );
  }

  until(test: (received: Received[]) => boolean, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no expected message within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = () => {
        if (!test(this.received)) {
          this.waiters.push(check);
          return;
        }
        clearTimeout(timer);
        resolve();
      };
      check();
    });
  }
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('fan-out', () => {
  it('sends every stored update to each other peer as the same bytes, never back to its sender', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const first = await spawnRelay(dir, { SYNC_WRITES: 'true' });
    running.push(first);
    const user = await register(first.http);
    const name = `${user.athleteId}/journal`;
    const [writer, ...readers] = await Promise.all(
      Array.from({ length: 5 }, () => RawPeer.open(first.ws, name, user.accessToken)),
    );
    if (!writer) throw new Error('no writer');

    // Twenty updates sent back to back, so several share one write batch and one corked tick.
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 20; i++) source.getMap('dayFields').set(`day-${i}|note`, `entry ${i}`);
    for (const update of updates) writer.ws.send(syncMessage(SYNC_UPDATE, update));
    const presence = new awarenessProtocol.Awareness(source);
    presence.setLocalState({ looking: 'day-3' });
    writer.ws.send(
      awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(presence, [source.clientID])),
    );

    await Promise.all(
      readers.map((r) =>
        r.until((got) => r.updates().length >= 20 && got.some((m) => m.kind === 'awareness')),
      ),
    );
    const [firstReader, ...otherReaders] = readers.map((r) => r.updates().map(hex));
    expect(firstReader).toHaveLength(20);
    for (const other of otherReaders) expect(other).toEqual(firstReader);
    const replica = new Y.Doc();
    for (const r of readers[0]?.updates() ?? []) Y.applyUpdate(replica, r);
    expect(replica.getMap('dayFields').toJSON()).toEqual(source.getMap('dayFields').toJSON());

    // The writer's own step 1 is answered after everything it sent was stored and fanned out, so
    // an echo would have arrived before this answer.
    writer.ws.send(syncMessage(SYNC_STEP1, Y.encodeStateVector(new Y.Doc())));
    await writer.until((got) => got.some((m) => m.kind === 'sync' && m.syncType === SYNC_STEP2));
    expect(writer.updates()).toEqual([]);
    expect(writer.received.filter((m) => m.kind === 'awareness')).toEqual([]);

    // What the readers were sent was stored first: it survives SIGKILL.
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await spawnRelay(dir);
    running.push(second);
    const fresh = connect(second.ws, name, user.accessToken);
    clients.push(fresh);
    await synced(fresh.provider);
    expect(fresh.doc.getMap('dayFields').toJSON()).toEqual(source.getMap('dayFields').toJSON());
  });
});
