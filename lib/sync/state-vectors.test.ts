import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { relayHasEverything } from './state-vectors';

describe('comparing state vectors with the relay', () => {
  it('says backed up only when the relay has every local change', () => {
    const local = new Y.Doc();
    const relay = new Y.Doc();
    local.getMap('profile').set('name', 'Ada');
    expect(relayHasEverything(Y.encodeStateVector(relay), Y.encodeStateVector(local))).toBe(false);
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(local));
    expect(relayHasEverything(Y.encodeStateVector(relay), Y.encodeStateVector(local))).toBe(true);
    local.getMap('profile').set('units', 'imperial');
    expect(relayHasEverything(Y.encodeStateVector(relay), Y.encodeStateVector(local))).toBe(false);
  });

  it('counts a relay that has more (from other devices) as backed up', () => {
    const local = new Y.Doc();
    const relay = new Y.Doc();
    local.getMap('m').set('a', 1);
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(local));
    relay.getMap('m').set('b', 2);
    expect(relayHasEverything(Y.encodeStateVector(relay), Y.encodeStateVector(local))).toBe(true);
  });
});
