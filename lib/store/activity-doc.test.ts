import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActivityStreams } from '@/engine/activity/types';
import {
  emptyBeats,
  readActivityBeats,
  readActivityStreams,
  readOriginalFile,
  writeActivityStreams,
  type ActivityBeats,
} from './activity-doc';
import { packOriginalFile, unpackOriginalFile } from './original-file';

function streams(): ActivityStreams {
  const f32 = (values: number[]) => Float32Array.from(values);
  return {
    timeS: Float64Array.from([0, 1]),
    heartRateBpm: f32([120, 121]),
    speedMps: f32([4, 4.1]),
    powerW: f32([180, 190]),
    cadence: f32([24, 25]),
    distanceM: Float64Array.from([0, 4.1]),
    latitudeDeg: Float64Array.from([NaN, NaN]),
    longitudeDeg: Float64Array.from([NaN, NaN]),
    altitudeM: f32([NaN, NaN]),
  };
}

function beats(): ActivityBeats {
  const b = emptyBeats();
  const f64 = (values: number[]) => Float64Array.from(values);
  b.strokes = {
    atS: f64([2.37, 4.81]),
    distanceM: f64([9.4, 19.1]),
    strokeDistanceM: f64([9.7, 9.71]),
    driveLengthM: f64([1.43, 1.44]),
    driveTimeS: f64([0.83, 0.81]),
    recoveryTimeS: f64([1.61, 1.66]),
    peakDriveForceLbs: f64([201.3, 198.7]),
    averageDriveForceLbs: f64([121.1, 119.9]),
    workPerStrokeJ: f64([612.4, NaN]),
    strokePowerW: f64([205, 211]),
    strokeRateSpm: f64([24, 25]),
  };
  b.rr = { atS: f64([0.5, 0.5, 1.4]), rrMs: Float32Array.from([843.75, 851.5625, 860.3515625]) };
  return b;
}

describe('activity document strokes and RR intervals', () => {
  it('reads back exactly what was written, on another replica', () => {
    const doc = new Y.Doc();
    expect(writeActivityStreams(doc, streams(), beats())).toBe('written');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readActivityBeats(other)).toEqual(beats());
    expect(readActivityStreams(other)).toEqual(streams());
  });

  it('reads a document written before strokes and RR existed as having none', () => {
    const doc = new Y.Doc();
    writeActivityStreams(doc, streams());
    expect(doc.share.has('strokes')).toBe(false);
    const read = readActivityBeats(doc);
    expect(read.strokes.atS).toHaveLength(0);
    expect(read.strokes.strokePowerW).toHaveLength(0);
    expect(read.rr.rrMs).toHaveLength(0);
  });

  it('treats stroke columns of different lengths as no strokes rather than misaligned ones', () => {
    const doc = new Y.Doc();
    writeActivityStreams(doc, streams(), beats());
    doc.getMap('strokes').set('driveTimeS', new Uint8Array(new Float64Array([0.8]).buffer));
    expect(readActivityBeats(doc).strokes.atS).toHaveLength(0);
    expect(readActivityBeats(doc).rr.atS).toHaveLength(3);
  });

  it('does not overwrite strokes once the activity exists', () => {
    const doc = new Y.Doc();
    writeActivityStreams(doc, streams(), beats());
    expect(writeActivityStreams(doc, streams(), emptyBeats())).toBe('exists');
    expect(readActivityBeats(doc).strokes.atS).toHaveLength(2);
  });
});

describe('activity document original file', () => {
  const fileBytes = new TextEncoder().encode('<gpx>a morning run</gpx>'.repeat(50));

  it('keeps the imported file beside the streams and gives back its exact bytes', () => {
    const doc = new Y.Doc();
    const original = packOriginalFile(fileBytes, 'Morning Run.gpx', 'gpx');
    writeActivityStreams(doc, streams(), emptyBeats(), original);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const read = readOriginalFile(other);
    expect(read).toMatchObject({ fileName: 'Morning Run.gpx', format: 'gpx' });
    expect(read!.gzip.byteLength).toBeLessThan(fileBytes.byteLength / 5);
    expect(unpackOriginalFile(read!)).toEqual(fileBytes);
    expect(readActivityStreams(other)).toEqual(streams());
  });

  it('reads a recording or an activity from before originals were kept as having none', () => {
    const doc = new Y.Doc();
    writeActivityStreams(doc, streams());
    expect(doc.share.has('original')).toBe(false);
    expect(readOriginalFile(doc)).toBeNull();
  });

  it('packs the same file to the same bytes, and keeps no file of an unknown format', () => {
    const a = packOriginalFile(fileBytes, 'a.gpx', 'gpx');
    const b = packOriginalFile(fileBytes, 'a.gpx', 'gpx');
    expect(a!.gzip).toEqual(b!.gzip);
    expect(packOriginalFile(fileBytes, 'a.rec', 'recorder')).toBeNull();
  });
});
