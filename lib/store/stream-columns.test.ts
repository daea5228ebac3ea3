import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActivityStreams } from '@/engine/activity/types';
import { readActivityStreams, writeActivityStreams } from './activity-doc';
import { columnsToStreams } from './stream-columns';

function streams(): ActivityStreams {
  const n = 4;
  const f32 = (values: number[]) => Float32Array.from(values);
  return {
    timeS: Float64Array.from([0, 1, 2, 5]),
    heartRateBpm: f32([120, 121, Number.NaN, 130]),
    speedMps: f32([2.5, 2.75, 3, 3.25]),
    powerW: new Float32Array(n).fill(Number.NaN),
    cadence: f32([170, 172, 174, 176]),
    distanceM: Float64Array.from([0, 2.75, 5.75, 15.5]),
    latitudeDeg: Float64Array.from([51.5, 51.50001, 51.50002, 51.50005]),
    longitudeDeg: Float64Array.from([-0.12, -0.12, -0.12, -0.12]),
    altitudeM: f32([10, 10.5, 11, 11.5]),
  };
}

describe('activity stream columns', () => {
  it('round-trips every column through a document and a second replica', () => {
    const doc = new Y.Doc();
    expect(writeActivityStreams(doc, streams())).toBe('written');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const back = readActivityStreams(other);
    expect(back).toEqual(streams());
    expect(back?.timeS).toBeInstanceOf(Float64Array);
  });

  it('is written once', () => {
    const doc = new Y.Doc();
    writeActivityStreams(doc, streams());
    expect(writeActivityStreams(doc, streams())).toBe('exists');
  });

  it('reads null for missing or ragged columns', () => {
    expect(columnsToStreams({})).toBeNull();
    const doc = new Y.Doc();
    writeActivityStreams(doc, streams());
    doc.getMap('streams').set('timeS', new Uint8Array(8));
    expect(readActivityStreams(doc)).toBeNull();
  });
});
