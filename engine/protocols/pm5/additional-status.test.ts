import { describe, expect, it } from 'vitest';
import { decodeAdditionalStatus, encodeAdditionalStatus } from './additional-status.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

describe('PM5 additional status 0x0032', () => {
  it('decodes the 16-byte 2016-firmware frame (real PM5, ErgometerJS row100meter.ts)', () => {
    expect(decodeAdditionalStatus(publicVector('pm5_0032_final_2016fw').view)).toEqual({
      elapsedS: 25,
      speedMps: 4.085,
      strokeRateSpm: 23,
      heartRateBpm: null,
      currentPaceS500m: 122.89,
      averagePaceS500m: 125.06,
      restDistanceM: 0,
      restTimeS: 0,
      averagePowerW: null,
      ergMachineType: null,
    });
  });

  it('decodes the 17-byte newer-firmware frame with the machine type (TrackMyIndoorWorkout c2_status1_sensor_test.dart)', () => {
    const s = decodeAdditionalStatus(publicVector('pm5_0032_tmiw_1').view);
    expect(s.elapsedS).toBeCloseTo(121.71, 6);
    expect(s.speedMps).toBeCloseTo(2.212, 6);
    expect(s.strokeRateSpm).toBe(40);
    expect(s.heartRateBpm).toBeNull();
    expect(s.currentPaceS500m).toBeCloseTo(226.51, 6);
    expect(s.averagePaceS500m).toBeCloseTo(265.0, 6);
    expect(s.ergMachineType).toBe(0);
  });

  it('reads average power at offset 16 in the multiplexed form', () => {
    const bytes = Uint8Array.from([
      0xc4, 0x09, 0x00, 0xf5, 0x0f, 0x17, 0x8c, 0x01, 0x30, 0xda, 0x30, 0x00, 0x00, 0x00, 0x00,
      0x00, 0xb3, 0x00,
    ]);
    const s = decodeAdditionalStatus(viewOf(bytes), 'mux');
    expect(s.averagePowerW).toBe(179);
    expect(s.heartRateBpm).toBe(140);
    expect(s.ergMachineType).toBeNull();
  });

  it('reads rest distance and the counting-down rest time (hand-built frame, DEVICES-RESEARCH.md §1.2)', () => {
    const s = decodeAdditionalStatus(viewFromHex('102700 0000 00 96 0000 2c2e 0f00 701700 02'));
    expect(s).toMatchObject({
      heartRateBpm: 150,
      restDistanceM: 15,
      restTimeS: 60,
      ergMachineType: 2,
    });
    expect(s.averagePaceS500m).toBeCloseTo(118.2, 6);
  });

  it('throws a typed error below 16 bytes', () => {
    const short = publicVector('pm5_0032_final_2016fw').bytes.slice(0, 15);
    expect(() => decodeAdditionalStatus(viewOf(short))).toThrow(FrameTooShortError);
  });

  it('round-trips 16- and 17-byte direct frames and 18/19-byte multiplexed ones', () => {
    expectBytesRoundTrip(
      [16, 17],
      (v) => decodeAdditionalStatus(v),
      (s) => encodeAdditionalStatus(s),
    );
    expectBytesRoundTrip(
      [18, 19],
      (v) => decodeAdditionalStatus(v, 'mux'),
      (s) => encodeAdditionalStatus(s, 'mux'),
    );
  });
});
