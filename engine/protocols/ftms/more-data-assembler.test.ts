import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addFtmsPart,
  emptyFtmsAssembly,
  flushFtmsAssembly,
  type AssembledFtmsRecord,
  type FtmsAssembly,
} from './more-data-assembler.ts';
import {
  decodeRowerData,
  encodeRowerData,
  rowerDataExpectedBytes,
  type RowerData,
} from './rower-data.ts';
import { decodeTreadmillData, type TreadmillData } from './treadmill-data.ts';
import { viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';
import { arbitraryFtmsFrame } from '../test-support/flag-frames.ts';

function feed<T extends { moreData: boolean }>(
  parts: T[],
  start: FtmsAssembly<T> = emptyFtmsAssembly<T>(),
): { assembly: FtmsAssembly<T>; records: AssembledFtmsRecord<T>[] } {
  let assembly = start;
  const records: AssembledFtmsRecord<T>[] = [];
  for (const part of parts) {
    const step = addFtmsPart(assembly, part);
    assembly = step.assembly;
    records.push(...step.records);
  }
  return { assembly, records };
}

const pm5Part1 = (): RowerData =>
  decodeRowerData(publicVector('ftms_rower_pm5_part1_moredata').view);
const pm5Part2 = (): RowerData => decodeRowerData(publicVector('ftms_rower_pm5_part2').view);

describe('FTMS More Data assembler', () => {
  it('merges the two real PM5 Rower Data notifications into one record', () => {
    // TrackMyIndoorWorkout test/concept2_old_ftms_test.dart asserts, for this pair: 203 m, 84 s,
    // 50 W, 192 s/500 m, resistance 140, HR 0, 31 spm, 36 strokes, 9 kcal, 471 kcal/h.
    const first = addFtmsPart(emptyFtmsAssembly<RowerData>(), pm5Part1());
    expect(first.records).toEqual([]);
    expect(first.assembly.parts).toBe(1);
    const second = addFtmsPart(first.assembly, pm5Part2());
    expect(second.assembly).toEqual(emptyFtmsAssembly());
    expect(second.records).toEqual([
      {
        parts: 2,
        complete: true,
        value: {
          averageStrokeRateSpm: 26,
          totalDistanceM: 203,
          instantaneousPaceS500m: 192,
          averagePaceS500m: 207,
          instantaneousPowerW: 50,
          averagePowerW: 39,
          resistanceLevel: 140,
          heartRateBpm: 0,
          elapsedTimeS: 84,
          strokeRateSpm: 31,
          strokeCount: 36,
          totalEnergyKcal: 9,
          energyPerHourKcal: 471,
          energyPerMinuteKcal: null,
        },
      },
    ]);
  });

  it('merges the real Matrix treadmill pair the same way (packet 1 has More Data set)', () => {
    // TrackMyIndoorWorkout test/matrix_treadmill_test.dart: 54 m, 5 kcal, 1.13 km/h, 204 s, 26 W.
    const parts: TreadmillData[] = [
      decodeTreadmillData(publicVector('ftms_treadmill_matrix_packet1').view),
      decodeTreadmillData(publicVector('ftms_treadmill_matrix_packet2').view),
    ];
    const { records } = feed(parts);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      complete: true,
      parts: 2,
      value: {
        totalDistanceM: 54,
        totalEnergyKcal: 5,
        instantaneousSpeedKmh: 1.13,
        elapsedTimeS: 204,
        powerOutputW: 26,
        heartRateBpm: 0,
      },
    });
  });

  it('passes a record that was never split straight through', () => {
    const whole = decodeRowerData(publicVector('ftms_rower_sr_count_hr').view);
    expect(feed([whole, whole]).records).toEqual([
      {
        parts: 1,
        complete: true,
        value: { strokeRateSpm: 30, strokeCount: 150, heartRateBpm: 140 },
      },
      {
        parts: 1,
        complete: true,
        value: { strokeRateSpm: 30, strokeCount: 150, heartRateBpm: 140 },
      },
    ]);
  });

  it('gives out waiting parts as incomplete when their closing part was lost', () => {
    // Part 2 of the first record is lost: the next part 1 repeats its fields.
    const { assembly, records } = feed([pm5Part1(), pm5Part1(), pm5Part2()]);
    expect(records.map((r) => [r.complete, r.parts])).toEqual([
      [false, 1],
      [true, 2],
    ]);
    expect(records[0]?.value).not.toHaveProperty('strokeCount');
    expect(assembly.pending).toBeNull();
  });

  it('flushes what is waiting (e.g. when the link drops), and nothing when idle', () => {
    const waiting = feed([pm5Part1()]).assembly;
    const flushed = flushFtmsAssembly(waiting);
    expect(flushed.records).toHaveLength(1);
    expect(flushed.records[0]).toMatchObject({
      complete: false,
      parts: 1,
      value: { totalDistanceM: 203 },
    });
    expect(flushed.assembly.pending).toBeNull();
    expect(flushFtmsAssembly(flushed.assembly).records).toEqual([]);
  });

  // Which fields each flag bit gates, read through the decoder itself.
  const groupFields = (bit: number): string[] => {
    const flags = bit === 0 ? 0 : 1 | (1 << bit);
    const bytes = Uint8Array.from([flags & 0xff, flags >> 8]);
    const frame = new Uint8Array(rowerDataExpectedBytes(flags));
    frame.set(bytes);
    return Object.keys(decodeRowerData(viewOf(frame))).filter((k) => k !== 'moreData');
  };
  const GROUPS = Array.from({ length: 13 }, (_, bit) => groupFields(bit));

  it('rebuilds any rower record split over any number of notifications', () => {
    const completeFrame = arbitraryFtmsFrame(rowerDataExpectedBytes).filter(
      (bytes) => ((bytes[0] ?? 1) & 1) === 0,
    );
    fc.assert(
      fc.property(
        completeFrame,
        fc.array(fc.nat(3), { minLength: 13, maxLength: 13 }),
        (bytes, partOf) => {
          const { moreData: _whole, ...whole } = decodeRowerData(viewOf(bytes));
          const count = Math.max(...partOf) + 1;
          // Group 0 (stroke rate, count) closes the record, so it goes in the last part.
          const fieldsOfPart = (p: number): string[] =>
            GROUPS.flatMap((fields, bit) =>
              (bit === 0 ? p === count - 1 : partOf[bit] === p) ? fields : [],
            );
          const parts = Array.from({ length: count }, (_, p) => {
            const value = Object.fromEntries(
              Object.entries(whole).filter(([k]) => fieldsOfPart(p).includes(k)),
            );
            return decodeRowerData(viewOf(encodeRowerData(value)));
          });
          const { assembly, records } = feed(parts);
          expect(records).toEqual([{ value: whole, parts: count, complete: true }]);
          expect(assembly.pending).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
