import { describe, expect, it } from 'vitest';
import { decodeGeneralStatus, encodeGeneralStatus } from './general-status.ts';
import { DURATION_TYPE, WORKOUT_STATE, WORKOUT_TYPE } from './enums.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector, viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// Real PM5 (2016 firmware) frames from ErgometerJS demos/recording/typescript/recordings/row100meter.ts.
describe('PM5 general status 0x0031', () => {
  it('decodes the logged 100 m piece field by field (little-endian)', () => {
    expect(decodeGeneralStatus(publicVector('pm5_0031_workout_logged').view)).toEqual({
      elapsedS: 25,
      distanceM: 100,
      workoutType: WORKOUT_TYPE.fixedDistanceSplits,
      intervalType: 1,
      workoutState: WORKOUT_STATE.workoutLogged,
      rowingState: 0,
      strokeState: 1,
      totalWorkDistanceM: 0,
      workoutDuration: 100,
      workoutDurationType: DURATION_TYPE.distance,
      dragFactor: 96,
    });
  });

  it('decodes a mid-piece frame during the recovery of stroke 4', () => {
    const s = decodeGeneralStatus(publicVector('pm5_0031_recovery_stroke4').view);
    expect(s.elapsedS).toBeCloseTo(8.96, 6);
    expect(s.distanceM).toBeCloseTo(34.7, 6);
    expect([s.workoutState, s.rowingState, s.strokeState, s.dragFactor]).toEqual([1, 1, 4, 97]);
  });

  it('decodes the programmed-but-idle frame with a 2000 m duration', () => {
    const s = decodeGeneralStatus(publicVector('pm5_0031_idle_after_setprogram').view);
    expect(s.workoutDuration).toBe(2000);
    expect(s.workoutState).toBe(WORKOUT_STATE.waitToBegin);
  });

  it('reads every field from its own offset (hand-built frame with distinct values)', () => {
    // 100.00 s, 400.5 m, FIXEDDIST_INTERVAL, interval type time, state 5, active, driving,
    // 1000 m before this interval, duration 500 m, drag 118.
    const s = decodeGeneralStatus(viewFromHex('102700 a50f00 07 00 05 01 02 e80300 f40100 80 76'));
    expect(s).toEqual({
      elapsedS: 100,
      distanceM: 400.5,
      workoutType: 7,
      intervalType: 0,
      workoutState: 5,
      rowingState: 1,
      strokeState: 2,
      totalWorkDistanceM: 1000,
      workoutDuration: 500,
      workoutDurationType: 0x80,
      dragFactor: 118,
    });
  });

  it('reads a time duration in seconds from its 0.01 s units', () => {
    // 30:00 fixed time: duration 180000 cs = 0x02BF20, type 0x00.
    const s = decodeGeneralStatus(viewFromHex('000000 000000 04 00 00 00 00 000000 20bf02 00 7c'));
    expect(s.workoutDuration).toBe(1800);
    expect(s.dragFactor).toBe(124);
  });

  it('throws a typed error for a frame shorter than 19 bytes', () => {
    const short = publicVector('pm5_0031_workout_logged').bytes.slice(0, 18);
    expect(() => decodeGeneralStatus(viewOf(short))).toThrow(FrameTooShortError);
    expect(() => decodeGeneralStatus(viewOf(short))).toThrow(/18 bytes but its layout needs 19/);
  });

  it('re-encodes the real frame byte for byte', () => {
    const v = publicVector('pm5_0031_recovery_stroke4');
    expect(encodeGeneralStatus(decodeGeneralStatus(v.view))).toEqual(v.bytes);
  });

  it('ignores bytes past the layout, as newer firmware may append fields', () => {
    const v = publicVector('pm5_0031_workout_logged');
    const longer = new Uint8Array([...v.bytes, 0xaa, 0xbb]);
    expect(decodeGeneralStatus(viewOf(longer))).toEqual(decodeGeneralStatus(v.view));
  });

  it('round-trips any 19-byte frame', () => {
    expectBytesRoundTrip([19], decodeGeneralStatus, encodeGeneralStatus);
  });
});
