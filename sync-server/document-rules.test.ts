import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { closeOf, rawPeer } from './test-support/raw-peers.ts';
import {
  closedFor,
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  waitUntil,
  type Client,
  type TestRelay,
} from './test-support/relay-harness.ts';
import { shareWith } from './test-support/sharing.ts';
import { awarenessMessage, syncMessage, SYNC_UPDATE } from './sync-messages.ts';

let relay: TestRelay;
const clients: Client[] = [];
const sockets: WebSocket[] = [];
beforeAll(async () => {
  relay = await startTestRelay({
    MAX_DOC_BYTES: String(MAX_DOC_BYTES),
    MAX_AWARENESS_PER_CONNECTION: '2',
  });
});
afterEach(() => {
  destroyAll(clients.splice(0));
  for (const ws of sockets.splice(0)) ws.terminate();
});
afterAll(() => relay.close());

function client(name: string, token: string) {
  const c = connect(relay.ws, name, token);
  clients.push(c);
  return c;
}

const MAX_DOC_BYTES = 200_000;

/** A note so long that the document, encoded, is `slack` bytes under the limit. */
function fillingNote(clientID: number, slack: number): string {
  const scratch = new Y.Doc();
  scratch.clientID = clientID;
  const trial = 20_000;
  scratch.getMap('notes').set('blob', 'x'.repeat(trial));
  const size = Y.encodeStateAsUpdate(scratch).length;
  return 'x'.repeat(trial + MAX_DOC_BYTES - slack - size);
}

describe('a document at its size limit', () => {
  it('can still be emptied by its owner after an editor filled it', async () => {
    const owner = await register(relay.http);
    const name = `${owner.athleteId}/plan/full`;
    const editor = await shareWith(relay.http, owner.accessToken, name, 'editor');
    const filler = client(name, editor.accessToken);
    await synced(filler.provider);
    filler.doc.getMap('notes').set('blob', fillingNote(filler.doc.clientID, 3));
    const phone = client(name, owner.accessToken);
    await synced(phone.provider);
    await waitUntil(phone.doc, () => phone.doc.getMap('notes').has('blob'));
    // Full: one more note from the editor is refused.
    const refused = closedFor(filler.provider);
    filler.doc.getMap('notes').set('more', 'y'.repeat(100));
    expect((await refused).code).toBe(4413);

    // Deleting adds nothing, so it is accepted however full the document is.
    const closes: number[] = [];
    phone.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    phone.doc.getMap('notes').delete('blob');
    const laptop = client(name, owner.accessToken);
    await synced(laptop.provider);
    await waitUntil(laptop.doc, () => !laptop.doc.getMap('notes').has('blob'));
    // Room again: a new note is accepted and reaches the other device.
    phone.doc.getMap('notes').set('fresh', 'y'.repeat(20_000));
    await waitUntil(laptop.doc, () => laptop.doc.getMap('notes').has('fresh'));
    expect(closes).toEqual([]);
  });
});

describe('a malformed update', () => {
  it('is refused whole: nothing of it is kept, stored or sent on', async () => {
    const owner = await register(relay.http);
    const name = `${owner.athleteId}/journal`;
    const watcher = client(name, owner.accessToken);
    await synced(watcher.provider);
    const source = new Y.Doc();
    source.getMap('dayFields').set('2026-07-01|note', 'valid part');
    source.getMap('dayFields').set('2026-07-02|note', 'then deleted');
    source.getMap('dayFields').delete('2026-07-02|note');
    const whole = Y.encodeStateAsUpdate(source);
    // The structs are intact; the delete set at the end is cut short.
    const truncated = whole.slice(0, whole.length - 1);
    const ws = await rawPeer(`${relay.ws}/${name}?token=${owner.accessToken}`);
    sockets.push(ws);
    const closed = closeOf(ws);
    ws.send(syncMessage(SYNC_UPDATE, truncated));
    expect((await closed).code).toBe(4400);
    const later = client(name, owner.accessToken);
    await synced(later.provider);
    expect(later.doc.getMap('dayFields').size).toBe(0);
    expect(watcher.doc.getMap('dayFields').size).toBe(0);
  });
});

/** An awareness update written by hand: entries of [clientID, clock, state]. */
function presence(entries: Array<[number, number, unknown]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return awarenessMessage(encoding.toUint8Array(encoder));
}

describe('presence (awareness)', () => {
  it("lets nobody overwrite another's presence or flood the document with entries", async () => {
    const owner = await register(relay.http);
    const name = `${owner.athleteId}/plan/shared`;
    const viewer = await shareWith(relay.http, owner.accessToken, name, 'viewer');
    const ownerClient = client(name, owner.accessToken);
    ownerClient.provider.awareness.setLocalState({ name: 'owner' });
    await synced(ownerClient.provider);
    const watcher = client(name, owner.accessToken);
    const ownerId = ownerClient.doc.clientID;
    await new Promise<void>((resolve) => {
      const seen = () => watcher.provider.awareness.getStates().get(ownerId) && resolve();
      watcher.provider.awareness.on('change', seen);
      seen();
    });

    const ws = await rawPeer(`${relay.ws}/${name}?token=${viewer.accessToken}`);
    sockets.push(ws);
    ws.send(presence([[ownerId, 99, { name: 'impostor' }]]));
    ws.send(presence(Array.from({ length: 2000 }, (_, i) => [1_000_000 + i, 1, { n: i }])));
    ws.send(presence([[7, 1, { big: 'z'.repeat(10_000) }]]));
    // Its own entry, small, is fine: a viewer may show that it is there.
    ws.send(presence([[42, 1, { name: 'viewer' }]]));
    await new Promise<void>((resolve) => {
      const seen = () => watcher.provider.awareness.getStates().get(42) && resolve();
      watcher.provider.awareness.on('change', seen);
      seen();
    });
    const states = watcher.provider.awareness.getStates();
    expect(states.get(ownerId)).toEqual({ name: 'owner' });
    expect(states.has(7)).toBe(false);
    expect(states.size).toBeLessThanOrEqual(4);
  });
});
