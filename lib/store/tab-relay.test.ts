import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { relayAcrossTabs } from './tab-relay';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Resolves at the doc's next update (Node's BroadcastChannel delivers between instances). */
function nextUpdate(doc: Y.Doc): Promise<void> {
  return new Promise((resolve) => doc.once('update', () => resolve()));
}

describe('relaying a document across tabs', () => {
  it('sends live edits to the other tab', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    stops.push(relayAcrossTabs('doc-live', a), relayAcrossTabs('doc-live', b));
    const arrived = nextUpdate(b);
    a.getMap('profile').set('name', 'Ada');
    await arrived;
    expect(b.getMap('profile').get('name')).toBe('Ada');
  });

  it('lets a tab opened later catch up with what the first tab has', async () => {
    const a = new Y.Doc();
    stops.push(relayAcrossTabs('doc-late', a));
    a.getMap('profile').set('units', 'imperial');
    const b = new Y.Doc();
    const arrived = nextUpdate(b);
    stops.push(relayAcrossTabs('doc-late', b));
    await arrived;
    expect(b.getMap('profile').get('units')).toBe('imperial');
  });

  it('ignores messages that are not ours', async () => {
    const a = new Y.Doc();
    stops.push(relayAcrossTabs('doc-noise', a));
    const noise = new BroadcastChannel('splits-doc:doc-noise');
    noise.postMessage({ type: 'update', update: 'not bytes' });
    noise.postMessage({ type: 'hello', stateVector: Y.encodeStateVector(new Y.Doc()) });
    const reply = await new Promise<unknown>((resolve) => {
      noise.onmessage = (event: MessageEvent) => resolve(event.data);
    });
    noise.close();
    expect(reply).toMatchObject({ type: 'catch-up' });
    expect(a.getMap('profile').size).toBe(0);
  });
});
