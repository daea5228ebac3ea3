import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { compressTimestamps } from '../test-support/compress-timestamps.ts';
import { importOne } from '../test-support/import-one.ts';
import { syntheticActivity } from '../test-support/synthetic-activity.ts';
import { writeFit } from '../test-support/write-fit.ts';
import { writePoolSwimFit, writeRecordsFit } from '../test-support/write-fit-patterns.ts';
import { writeMultisportFit } from '../test-support/write-multisport-fit.ts';
import { reframeFit } from './fit-frames.ts';

const sdk = (bytes: Uint8Array) => new Decoder(Stream.fromByteArray(bytes)).read();
const start = new Date('2026-06-01T06:00:00Z');

/** Every kind of FIT file the project writes, so the re-framer is checked on all of them. */
const files: Record<string, Uint8Array> = {
  run: writeFit(syntheticActivity({ durationS: 900, pause: { atS: 300, forS: 60 } })),
  row: writeFit(syntheticActivity({ sport: 'rowing', durationS: 600 })),
  multisport: writeMultisportFit(start, [
    { sport: 'running', subSport: 'street', seconds: 300, speedMps: 3.5, cadence: 85 },
    { sport: 'cycling', subSport: 'road', seconds: 600, speedMps: 9, cadence: 90 },
  ]),
  pool: writePoolSwimFit(
    start,
    25,
    [
      { seconds: 30, strokes: 18 },
      { seconds: 20, strokes: 0, idle: true },
      { seconds: 31, strokes: 19 },
    ],
    'timed',
  ),
  developer: writeRecordsFit({
    start,
    sport: 'running',
    subSport: 'generic',
    developerFields: [{ name: 'Power', units: 'Watts', nativeFieldNum: 7 }],
    samples: Array.from({ length: 120 }, (_, t) => ({ t, hr: 150, developer: { '0': 250 } })),
    rrS: [0.41, 0.42, 0.4],
  }),
};

describe('re-framing a FIT file for the SDK', () => {
  it.each(Object.keys(files))('%s: decodes to exactly the messages of the original', (name) => {
    const original = sdk(files[name]!);
    expect(original.errors).toEqual([]);
    const reframed = reframeFit(files[name]!);
    expect(reframed).toMatchObject({ compressedRecords: 0, droppedBytes: 0 });
    const again = sdk(reframed.bytes);
    expect(again.errors).toEqual([]);
    expect(again.messages).toEqual(original.messages);
  });

  it.each(Object.keys(files))('%s with compressed timestamps: read like the original', (name) => {
    const { bytes, compressed } = compressTimestamps(files[name]!);
    expect(compressed).toBeGreaterThan(0);
    expect(sdk(bytes).errors[0]?.message).toMatch(/compressed timestamp/);
    const reframed = reframeFit(bytes);
    expect(reframed.compressedRecords).toBe(compressed);
    expect(sdk(reframed.bytes).messages.recordMesgs).toEqual(
      sdk(files[name]!).messages.recordMesgs,
    );
  });

  it('imports a compressed-timestamp file with the same samples and a note saying so', () => {
    const original = importOne(files.run!);
    const compressed = importOne(compressTimestamps(files.run!).bytes);
    expect(Array.from(compressed.streams.timeS)).toEqual(Array.from(original.streams.timeS));
    expect(Array.from(compressed.streams.distanceM)).toEqual(
      Array.from(original.streams.distanceM),
    );
    expect(compressed.notes?.map((n) => n.type)).toEqual(['CompressedTimestamps']);
  });

  it('keeps the whole records of a cut-off file, exactly as the SDK reads them in the original', () => {
    const cut = files.run!.subarray(0, Math.floor(files.run!.length * 0.6));
    const reframed = reframeFit(cut);
    expect(reframed.droppedBytes).toBeGreaterThan(0);
    const records = sdk(reframed.bytes).messages.recordMesgs!;
    const all = sdk(files.run!).messages.recordMesgs!;
    expect(records.length).toBeGreaterThan(400);
    expect(records).toEqual(all.slice(0, records.length));
  });

  it('reads a file whose header never got its data size (0: the device died while recording)', () => {
    const unclosed = files.run!.slice(0, files.run!.length - 2);
    new DataView(unclosed.buffer).setUint32(4, 0, true);
    const activity = importOne(unclosed);
    expect(activity.streams.timeS.length).toBe(importOne(files.run!).streams.timeS.length);
    expect(activity.notes?.[0]?.type).toBe('FileCutShort');
  });
});
