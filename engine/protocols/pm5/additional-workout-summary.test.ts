import { describe, expect, it } from 'vitest';
import {
  decodeAdditionalWorkoutSummary,
  encodeAdditionalWorkoutSummary,
} from './additional-workout-summary.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Real PM5 frames from the end of a 100 m piece rowed on 2016-03-06 (ErgometerJS row100meter.ts).
describe('PM5 additional workout summary 0x003A', () => {
  it('decodes the summary of one 100 m split at 179 W', () => {
    expect(decodeAdditionalWorkoutSummary(publicVector('pm5_003a_summary').view)).toEqual({
      logDate: '2016-03-06',
      logTime: '11:36',
      splitIntervalType: 1,
      splitIntervalSize: 100,
      splitIntervalCount: 1,
      totalCaloriesKcal: 6,
      powerW: 179,
      totalRestDistanceM: 0,
      intervalRestTimeS: 0,
      averageCaloriesPerHour: 916,
    });
  });

  it('reads rest distance and rest time from their own offsets (hand-built frame)', () => {
    const s = decodeAdditionalWorkoutSummary(
      viewFromHex('6320 240b 01 f401 08 7800 d200 2c0100 3c00 d804'),
    );
    expect(s).toMatchObject({
      splitIntervalType: 1,
      splitIntervalSize: 500,
      splitIntervalCount: 8,
      totalCaloriesKcal: 120,
      powerW: 210,
      totalRestDistanceM: 300,
      intervalRestTimeS: 60,
      averageCaloriesPerHour: 1240,
    });
  });

  it('drops the split/interval type in the multiplexed form, shifting the rest by one byte', () => {
    const direct = publicVector('pm5_003a_summary').bytes;
    const mux = new Uint8Array([...direct.slice(0, 4), ...direct.slice(5)]);
    const s = decodeAdditionalWorkoutSummary(viewOf(mux), 'mux');
    expect(s.splitIntervalType).toBeNull();
    expect([s.splitIntervalSize, s.powerW, s.averageCaloriesPerHour]).toEqual([100, 179, 916]);
  });

  it('throws a typed error below 19 bytes', () => {
    const short = publicVector('pm5_003a_summary').bytes.slice(0, 18);
    expect(() => decodeAdditionalWorkoutSummary(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips both forms', () => {
    expectBytesRoundTrip(
      [19],
      (v) => decodeAdditionalWorkoutSummary(v),
      (s) => encodeAdditionalWorkoutSummary(s),
    );
    expectBytesRoundTrip(
      [18],
      (v) => decodeAdditionalWorkoutSummary(v, 'mux'),
      (s) => encodeAdditionalWorkoutSummary(s, 'mux'),
    );
  });
});
