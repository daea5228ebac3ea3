import { describe, expect, it } from 'vitest';
import { decodeLoggedWorkout, encodeLoggedWorkout } from './logged-workout.ts';
import { decodeMultiplexed } from './multiplexed.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// The example frame in Open Rowing Monitor LoggedWorkoutCharacteristic.js:
// "0x 41A09A0C97A37088 CAE10801 D400 00".
const ORM_EXAMPLE = '41A09A0C97A37088 CAE10801 D400 00';

describe('PM5 logged workout 0x003F', () => {
  it('decodes the Open Rowing Monitor example: hash, log address and size little-endian', () => {
    expect(decodeLoggedWorkout(viewFromHex(ORM_EXAMPLE))).toEqual({
      workoutHash: '8870a3970c9aa041',
      internalLogAddress: 0x0108e1ca,
      logSizeBytes: 212,
      ergMachineType: 0,
    });
  });

  it('decodes the same 15 bytes behind mux id 0x3F', () => {
    const record = decodeMultiplexed(viewFromHex(`3f ${ORM_EXAMPLE}`));
    expect(record).toEqual({
      record: 'pm5-logged-workout',
      value: decodeLoggedWorkout(viewFromHex(ORM_EXAMPLE)),
    });
  });

  it('throws a typed error below 15 bytes', () => {
    expect(() => decodeLoggedWorkout(viewOf(new Uint8Array(14)))).toThrow(FrameTooShortError);
  });

  it('refuses a hash that is not 16 hex digits', () => {
    const value = decodeLoggedWorkout(viewFromHex(ORM_EXAMPLE));
    expect(() => encodeLoggedWorkout({ ...value, workoutHash: 'abc' })).toThrow(/16 hex digits/);
  });

  it('round-trips any frame', () => {
    expectBytesRoundTrip([15], decodeLoggedWorkout, encodeLoggedWorkout);
  });
});
