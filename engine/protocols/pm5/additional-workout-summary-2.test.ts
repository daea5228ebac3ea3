import { describe, expect, it } from 'vitest';
import {
  decodeAdditionalWorkoutSummary2,
  encodeAdditionalWorkoutSummary2,
} from './additional-workout-summary-2.ts';
import { decodeMultiplexed, encodeMultiplexed } from './multiplexed.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';
import { bytesFromHex } from '../hex.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

// The example frame in Open Rowing Monitor AdditionalWorkoutSummary2Characteristic.js:
// "(0x3C) 0333 1212 4808 10 0000 00".
const ORM_EXAMPLE = '3c 0333 1212 4808 10 0000 00';

describe('PM5 additional workout summary 2 (0x0080 id 0x3C)', () => {
  it('decodes the Open Rowing Monitor example: 2025-03-16 18:18, 3:32.0 /500 m, verified', () => {
    expect(decodeMultiplexed(viewFromHex(ORM_EXAMPLE))).toEqual({
      record: 'pm5-additional-workout-summary-2',
      value: {
        logDate: '2025-03-16',
        logTime: '18:18',
        averagePaceS500m: 212,
        gameId: 0,
        workoutVerification: 1,
        gameScore: 0,
        ergMachineType: 0,
      },
    });
  });

  it('reads game id from the low nibble and the score little-endian (hand-built frame)', () => {
    const s = decodeAdditionalWorkoutSummary2(viewFromHex('6320 240b e204 03 e803 01'));
    expect(s).toMatchObject({
      logDate: '2016-03-06',
      logTime: '11:36',
      averagePaceS500m: 125,
      gameId: 3,
      workoutVerification: 0,
      gameScore: 1000,
      ergMachineType: 1,
    });
  });

  it('throws a typed error below 10 bytes', () => {
    expect(() => decodeAdditionalWorkoutSummary2(viewOf(new Uint8Array(9)))).toThrow(
      FrameTooShortError,
    );
  });

  it('refuses a game id or verification that does not fit a nibble', () => {
    const s = decodeAdditionalWorkoutSummary2(viewFromHex('6320 240b e204 03 e803 01'));
    expect(() => encodeAdditionalWorkoutSummary2({ ...s, gameId: 16 })).toThrow(/0–15/);
  });

  it('round-trips any frame, alone and behind its mux id', () => {
    expectBytesRoundTrip([10], decodeAdditionalWorkoutSummary2, encodeAdditionalWorkoutSummary2);
    const record = decodeMultiplexed(viewFromHex(ORM_EXAMPLE));
    if (record.record === 'unknown') throw new Error('id 0x3C was not decoded');
    expect(Array.from(encodeMultiplexed(record))).toEqual(Array.from(bytesFromHex(ORM_EXAMPLE)));
  });
});
