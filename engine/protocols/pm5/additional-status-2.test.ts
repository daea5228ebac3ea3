import { describe, expect, it } from 'vitest';
import { decodeAdditionalStatus2, encodeAdditionalStatus2 } from './additional-status-2.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

describe('PM5 additional status 2 0x0033', () => {
  it('decodes the final frame of the real 100 m piece (ErgometerJS row100meter.ts)', () => {
    expect(decodeAdditionalStatus2(publicVector('pm5_0033_final').view)).toEqual({
      elapsedS: 25,
      intervalCount: 1,
      averagePowerW: 179,
      totalCaloriesKcal: 6,
      splitAveragePaceS500m: 125.06,
      splitAveragePowerW: 179,
      splitCaloriesKcal: 6,
      lastSplitTimeS: 25.05,
      lastSplitDistanceM: 0,
    });
  });

  it('reads calories at byte 6 as TrackMyIndoorWorkout c2_status2_sensor_test.dart asserts', () => {
    const s = decodeAdditionalStatus2(publicVector('pm5_0033_tmiw_1').view);
    expect(s.totalCaloriesKcal).toBe(12);
    expect(s.averagePowerW).toBe(19);
    expect(s.lastSplitDistanceM).toBe(179);
  });

  it('shifts by −2 after byte 3 in the multiplexed form, which has no average power', () => {
    const direct = publicVector('pm5_0033_final').bytes;
    const mux = new Uint8Array([...direct.slice(0, 4), ...direct.slice(6)]);
    const s = decodeAdditionalStatus2(viewOf(mux), 'mux');
    expect(s.averagePowerW).toBeNull();
    expect(s.totalCaloriesKcal).toBe(6);
    expect(s.lastSplitTimeS).toBeCloseTo(25.05, 6);
  });

  it('reads every field from its own offset (hand-built frame with distinct values, DEVICES-RESEARCH.md §1.2)', () => {
    const s = decodeAdditionalStatus2(
      viewFromHex('102700 03 c800 2d00 2c2e d200 3700 e02e00 f40100'),
    );
    expect(s).toEqual({
      elapsedS: 100,
      intervalCount: 3,
      averagePowerW: 200,
      totalCaloriesKcal: 45,
      splitAveragePaceS500m: 118.2,
      splitAveragePowerW: 210,
      splitCaloriesKcal: 55,
      lastSplitTimeS: 120,
      lastSplitDistanceM: 500,
    });
  });

  it('throws a typed error below 20 bytes', () => {
    const short = publicVector('pm5_0033_final').bytes.slice(0, 19);
    expect(() => decodeAdditionalStatus2(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips both forms', () => {
    expectBytesRoundTrip(
      [20],
      (v) => decodeAdditionalStatus2(v),
      (s) => encodeAdditionalStatus2(s),
    );
    expectBytesRoundTrip(
      [18],
      (v) => decodeAdditionalStatus2(v, 'mux'),
      (s) => encodeAdditionalStatus2(s, 'mux'),
    );
  });
});
