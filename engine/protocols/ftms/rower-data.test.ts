import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRowerData, encodeRowerData, rowerDataExpectedBytes } from './rower-data.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { arbitraryFtmsFrame, ftmsFrame } from '../test-support/flag-frames.ts';

// One vector per flag bit, built from the field formats of FTMS 1.0 §4.8 / GATT XML rower_data.
// Bit 0 set means "more data": stroke rate and count absent.
const BRANCHES: Array<[number, string, Record<string, number | null>]> = [
  [0x0000, '3c 9600', { strokeRateSpm: 30, strokeCount: 150 }],
  [0x0003, '35', { averageStrokeRateSpm: 26.5 }],
  [0x0005, 'cb0000', { totalDistanceM: 203 }],
  [0x0009, 'c000', { instantaneousPaceS500m: 192 }],
  [0x0011, 'cf00', { averagePaceS500m: 207 }],
  [0x0021, 'ceff', { instantaneousPowerW: -50 }],
  [0x0041, '2700', { averagePowerW: 39 }],
  [0x0081, 'f6ff', { resistanceLevel: -10 }],
  [
    0x0101,
    '0900 d701 ff',
    { totalEnergyKcal: 9, energyPerHourKcal: 471, energyPerMinuteKcal: null },
  ],
  [0x0201, '8c', { heartRateBpm: 140 }],
  [0x0401, '2d', { metabolicEquivalent: 4.5 }],
  [0x0801, '5400', { elapsedTimeS: 84 }],
  [0x1001, '3101', { remainingTimeS: 305 }],
];

describe('FTMS Rower Data 0x2AD1', () => {
  it.each(BRANCHES)('flags 0x%s: decodes exactly the gated fields', (flags, hex, fields) => {
    expect(decodeRowerData(ftmsFrame(flags, hex))).toEqual({
      moreData: (flags & 1) === 1,
      ...fields,
    });
  });

  it('decodes the first half of a real PM5 FTMS record: resistance is sint16, trailing byte ignored', () => {
    // TrackMyIndoorWorkout test/concept2_old_ftms_test.dart asserts 203 m, 84 s, 50 W, 192 s, 140, HR 0.
    expect(decodeRowerData(publicVector('ftms_rower_pm5_part1_moredata').view)).toEqual({
      moreData: true,
      averageStrokeRateSpm: 26,
      totalDistanceM: 203,
      instantaneousPaceS500m: 192,
      averagePaceS500m: 207,
      instantaneousPowerW: 50,
      averagePowerW: 39,
      resistanceLevel: 140,
      heartRateBpm: 0,
      elapsedTimeS: 84,
    });
  });

  it('decodes the second half: 31 spm, 36 strokes, 9 kcal, 471 kcal/h, per-minute n/a', () => {
    expect(decodeRowerData(publicVector('ftms_rower_pm5_part2').view)).toEqual({
      moreData: false,
      strokeRateSpm: 31,
      strokeCount: 36,
      totalEnergyKcal: 9,
      energyPerHourKcal: 471,
      energyPerMinuteKcal: null,
    });
  });

  it('decodes the bluetooth-sig-python and Open Rowing Monitor vectors', () => {
    expect(decodeRowerData(publicVector('ftms_rower_sr_count_hr').view)).toEqual({
      moreData: false,
      strokeRateSpm: 30,
      strokeCount: 150,
      heartRateBpm: 140,
    });
    // Open Rowing Monitor ftms/RowerDataCharacteristic.js output, listed in DEVICES-RESEARCH.md §4.
    const orm = decodeRowerData(viewFromHex('2c0b317b00d204007700d20038004c0412983101'));
    expect(orm).toMatchObject({
      strokeRateSpm: 24.5,
      strokeCount: 123,
      totalDistanceM: 1234,
      instantaneousPaceS500m: 119,
      instantaneousPowerW: 210,
      totalEnergyKcal: 56,
      energyPerHourKcal: 1100,
      energyPerMinuteKcal: 18,
      heartRateBpm: 152,
      elapsedTimeS: 305,
    });
  });

  it('throws a typed error when the flags promise more than the frame holds', () => {
    const real = publicVector('ftms_rower_pm5_part1_moredata').bytes;
    expect(() => decodeRowerData(viewOf(real.slice(0, 18)))).toThrow(FrameTooShortError);
    expect(() => decodeRowerData(ftmsFrame(0x0000, '3c 96'))).toThrow(/needs 5/);
    expect(() => decodeRowerData(viewOf(Uint8Array.from([0x00])))).toThrow(FrameTooShortError);
  });

  it('round-trips any frame its flags describe', () => {
    fc.assert(
      fc.property(arbitraryFtmsFrame(rowerDataExpectedBytes), (bytes) => {
        const decoded = decodeRowerData(viewOf(bytes));
        expect(encodeRowerData(decoded)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });
});
