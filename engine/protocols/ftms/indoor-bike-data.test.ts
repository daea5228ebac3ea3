import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeIndoorBikeData,
  encodeIndoorBikeData,
  indoorBikeDataExpectedBytes,
} from './indoor-bike-data.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';
import { arbitraryFtmsFrame, ftmsFrame } from '../test-support/flag-frames.ts';

// One vector per flag bit, built from the field formats of FTMS 1.0 §4.10 (bit 1 average speed,
// bit 2 instantaneous cadence, as the specification text and real devices have them).
const BRANCHES: Array<[number, string, Record<string, number | null>]> = [
  [0x0000, 'b906', { instantaneousSpeedKmh: 17.21 }],
  [0x0003, 'a406', { averageSpeedKmh: 17 }],
  [0x0005, 'b000', { instantaneousCadenceRpm: 88 }],
  [0x0009, 'a500', { averageCadenceRpm: 82.5 }],
  [0x0011, '860d00', { totalDistanceM: 3462 }],
  [0x0021, '1400', { resistanceLevel: 20 }],
  [0x0041, '4500', { instantaneousPowerW: 69 }],
  [0x0081, 'c800', { averagePowerW: 200 }],
  [
    0x0101,
    'ffff ffff ff',
    { totalEnergyKcal: null, energyPerHourKcal: null, energyPerMinuteKcal: null },
  ],
  [0x0201, '8f', { heartRateBpm: 143 }],
  [0x0401, '5a', { metabolicEquivalent: 9 }],
  [0x0801, '2001', { elapsedTimeS: 288 }],
  [0x1001, '1027', { remainingTimeS: 10000 }],
];

describe('FTMS Indoor Bike Data 0x2AD2', () => {
  it.each(BRANCHES)('flags 0x%s: decodes exactly the gated fields', (flags, hex, fields) => {
    expect(decodeIndoorBikeData(ftmsFrame(flags, hex))).toEqual({
      moreData: (flags & 1) === 1,
      ...fields,
    });
  });

  it('decodes a real Elite Suito frame (Auuki test/ble/ftms.test.js)', () => {
    expect(decodeIndoorBikeData(publicVector('ftms_indoor_bike_elite_suito').view)).toEqual({
      moreData: false,
      instantaneousSpeedKmh: 17.21,
      instantaneousCadenceRpm: 88,
      totalDistanceM: 3462,
      instantaneousPowerW: 69,
      elapsedTimeS: 288,
    });
  });

  it('decodes speed, cadence, distance, power and heart rate (Auuki indoor-bike-data.test.js)', () => {
    expect(decodeIndoorBikeData(publicVector('ftms_indoor_bike_full').view)).toEqual({
      moreData: false,
      instantaneousSpeedKmh: 32.74,
      instantaneousCadenceRpm: 80,
      totalDistanceM: 42195,
      instantaneousPowerW: 300,
      heartRateBpm: 143,
    });
  });

  it('throws a typed error when the flags promise more than the frame holds', () => {
    const real = publicVector('ftms_indoor_bike_elite_suito').bytes;
    expect(() => decodeIndoorBikeData(viewOf(real.slice(0, 12)))).toThrow(FrameTooShortError);
  });

  it('round-trips any frame its flags describe', () => {
    fc.assert(
      fc.property(arbitraryFtmsFrame(indoorBikeDataExpectedBytes), (bytes) => {
        expect(encodeIndoorBikeData(decodeIndoorBikeData(viewOf(bytes)))).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });
});
