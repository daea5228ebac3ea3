import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  type Client,
  type TestRelay,
} from '@/sync-server/test-support/relay-harness';
import { shareWith } from '@/sync-server/test-support/sharing';
import { readPeers } from './peers';
import { presenceColor } from './presence-color';
import type { Peer } from './presence-schema';

// Presence over the real relay: an athlete and the coach they shared the plan with see each
// other, the coach's workout and editing state arrive, and the coach is gone once their socket
// closes. The relay's stored document holds none of it.

let relay: TestRelay;
const clients: Client[] = [];
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(async () => {
  destroyAll(clients);
  await relay.close();
});

function peersSeenBy(awareness: Awareness, readerId: string): Peer[] {
  return readPeers(awareness.getStates() as Map<number, Record<string, unknown>>, readerId);
}

/** Resolves once `test` holds for the awareness's peers (checked at every change). */
function until(awareness: Awareness, readerId: string, test: (peers: Peer[]) => boolean) {
  return new Promise<Peer[]>((resolve) => {
    const check = () => {
      const peers = peersSeenBy(awareness, readerId);
      if (!test(peers)) return;
      awareness.off('change', check);
      resolve(peers);
    };
    awareness.on('change', check);
    check();
  });
}

describe('presence through the relay', () => {
  it('shows each side the other, with the open workout, and forgets a closed tab', async () => {
    const owner = await register(relay.http);
    const name = `${owner.athleteId}/plan/${randomUUID()}`;
    const coachAccount = await shareWith(relay.http, owner.accessToken, name, 'editor');
    const athleteTab = connect(relay.ws, name, owner.accessToken);
    const coachTab = connect(relay.ws, name, coachAccount.accessToken);
    clients.push(athleteTab, coachTab);
    await Promise.all([synced(athleteTab.provider), synced(coachTab.provider)]);

    const me = { id: owner.athleteId, name: 'Ada', color: presenceColor(owner.athleteId) };
    const coach = {
      id: coachAccount.athleteId,
      name: 'Kim',
      color: presenceColor(coachAccount.athleteId),
    };
    athleteTab.provider.awareness.setLocalStateField('user', me);
    coachTab.provider.awareness.setLocalStateField('user', coach);
    coachTab.provider.awareness.setLocalStateField('viewing', {
      workoutId: 'w-tue',
      editing: true,
    });

    const seen = await until(
      athleteTab.provider.awareness,
      me.id,
      (p) => p.length === 1 && p[0]!.viewing !== null,
    );
    expect(seen).toEqual([{ ...coach, viewing: { workoutId: 'w-tue', editing: true } }]);
    await until(coachTab.provider.awareness, coach.id, (p) => p.some((peer) => peer.id === me.id));

    coachTab.provider.destroy();
    await until(athleteTab.provider.awareness, me.id, (p) => p.length === 0);

    // Nothing of presence was written: a fresh reader of the stored document finds it empty.
    const fresh = connect(relay.ws, name, owner.accessToken, new Y.Doc());
    clients.push(fresh);
    await synced(fresh.provider);
    expect(Y.encodeStateAsUpdate(fresh.doc).byteLength).toBeLessThanOrEqual(2);
  });
});
