import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitUpdate } from './split-update';

/** A Mulberry32-style generator: the same seed gives the same edits. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Edits from three devices (three client ids) that build on each other, with deletions. */
function offlineEdits(seed: number): Y.Doc {
  const next = random(seed);
  const doc = new Y.Doc();
  for (let session = 0; session < 3; session++) {
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(doc));
    for (let i = 0; i < 60; i++) {
      const key = `k${Math.floor(next() * 40)}`;
      if (next() < 0.2) device.getMap('m').delete(key);
      else device.getMap('m').set(key, 'v'.repeat(Math.floor(next() * 300)));
      const text = device.getText('t');
      text.insert(Math.floor(next() * (text.length + 1)), `s${session}i${i} `);
      if (next() < 0.3 && text.length > 5) text.delete(0, 3);
    }
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(device));
  }
  return doc;
}

describe('splitting an update', () => {
  it.each([1, 2, 3, 4])('gives the same document applied part by part (seed %i)', (seed) => {
    const source = offlineEdits(seed);
    const update = Y.encodeStateAsUpdate(source);
    const parts = splitUpdate(update, 400);
    expect(parts.length).toBeGreaterThan(3);
    const target = new Y.Doc();
    for (const part of parts) Y.applyUpdate(target, part);
    expect(Y.encodeStateVector(target)).toEqual(Y.encodeStateVector(source));
    expect(target.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
    expect(target.getText('t').toString()).toBe(source.getText('t').toString());
  });

  it('keeps every part near the limit, and a value larger than it alone', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 50; i++) doc.getMap('m').set(`k${i}`, 'x'.repeat(100));
    doc.getMap('m').set('big', 'y'.repeat(5_000));
    const parts = splitUpdate(Y.encodeStateAsUpdate(doc), 1_000);
    const oversized = parts.filter((p) => p.length > 1_000);
    expect(oversized).toHaveLength(1);
    expect(oversized[0]!.length).toBeLessThan(5_100);
  });

  it('leaves an update under the limit as it is', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const update = Y.encodeStateAsUpdate(doc);
    expect(splitUpdate(update, 1_000)).toEqual([update]);
  });
});
