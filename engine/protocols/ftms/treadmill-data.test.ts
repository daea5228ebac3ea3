import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeTreadmillData,
  encodeTreadmillData,
  treadmillDataExpectedBytes,
} from './treadmill-data.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';
import { arbitraryFtmsFrame, ftmsFrame } from '../test-support/flag-frames.ts';

// One vector per flag bit, built from the field formats of FTMS 1.0 §4.9 / GATT XML treadmill_data.
const BRANCHES: Array<[number, string, Record<string, number | null>]> = [
  [0x0000, 'e204', { instantaneousSpeedKmh: 12.5 }],
  [0x0003, 'b004', { averageSpeedKmh: 12 }],
  [0x0005, '881300', { totalDistanceM: 5000 }],
  [0x0009, '1900 f1ff', { inclinationPct: 2.5, rampAngleDeg: -1.5 }],
  [0x0011, '7b00 0a00', { positiveElevationGainM: 12.3, negativeElevationGainM: 1 }],
  [0x0021, '32', { instantaneousPaceMinPerKm: 5 }],
  [0x0041, '37', { averagePaceMinPerKm: 5.5 }],
  [0x0081, '0500 6e00 02', { totalEnergyKcal: 5, energyPerHourKcal: 110, energyPerMinuteKcal: 2 }],
  [0x0101, '9b', { heartRateBpm: 155 }],
  [0x0201, '02', { metabolicEquivalent: 0.2 }],
  [0x0401, 'cc00', { elapsedTimeS: 204 }],
  [0x0801, '3c06', { remainingTimeS: 1596 }],
  [0x1001, 'ff7f 1a00', { forceOnBeltN: null, powerOutputW: 26 }],
];

describe('FTMS Treadmill Data 0x2ACD', () => {
  it.each(BRANCHES)('flags 0x%s: decodes exactly the gated fields', (flags, hex, fields) => {
    expect(decodeTreadmillData(ftmsFrame(flags, hex))).toEqual({
      moreData: (flags & 1) === 1,
      ...fields,
    });
  });

  it('decodes speed, average speed and heart rate (bluetooth-sig-python test_treadmill_data.py)', () => {
    expect(decodeTreadmillData(publicVector('ftms_treadmill_speed_avg_hr').view)).toEqual({
      moreData: false,
      instantaneousSpeedKmh: 12.5,
      averageSpeedKmh: 12,
      heartRateBpm: 155,
    });
  });

  it('decodes both packets of a real Matrix treadmill (TrackMyIndoorWorkout matrix_treadmill_test.dart)', () => {
    expect(decodeTreadmillData(publicVector('ftms_treadmill_matrix_packet1').view)).toEqual({
      moreData: true,
      averageSpeedKmh: 0.97,
      totalDistanceM: 54,
      inclinationPct: 0,
      rampAngleDeg: null,
      positiveElevationGainM: 0,
      negativeElevationGainM: 6553.5,
      totalEnergyKcal: 5,
      energyPerHourKcal: 110,
      energyPerMinuteKcal: 2,
    });
    expect(decodeTreadmillData(publicVector('ftms_treadmill_matrix_packet2').view)).toEqual({
      moreData: false,
      instantaneousSpeedKmh: 1.13,
      heartRateBpm: 0,
      metabolicEquivalent: 0.2,
      elapsedTimeS: 204,
      remainingTimeS: 1596,
      forceOnBeltN: null,
      powerOutputW: 26,
    });
  });

  it('reads the one-byte pace fields, not two-byte ones', () => {
    const t = decodeTreadmillData(ftmsFrame(0x0061, '32 37'));
    expect([t.instantaneousPaceMinPerKm, t.averagePaceMinPerKm]).toEqual([5, 5.5]);
  });

  it('throws a typed error when the flags promise more than the frame holds', () => {
    const real = publicVector('ftms_treadmill_matrix_packet1').bytes;
    expect(() => decodeTreadmillData(viewOf(real.slice(0, 19)))).toThrow(FrameTooShortError);
    expect(() => decodeTreadmillData(ftmsFrame(0x0009, '1900'))).toThrow(FrameTooShortError);
  });

  it('round-trips any frame its flags describe', () => {
    fc.assert(
      fc.property(arbitraryFtmsFrame(treadmillDataExpectedBytes), (bytes) => {
        expect(encodeTreadmillData(decodeTreadmillData(viewOf(bytes)))).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });
});
