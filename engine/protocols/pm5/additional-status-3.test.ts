import { describe, expect, it } from 'vitest';
import { decodeAdditionalStatus3, encodeAdditionalStatus3 } from './additional-status-3.ts';
import { decodeMultiplexed } from './multiplexed.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';
import { expectBytesRoundTrip } from '../test-support/round-trip.ts';

describe('PM5 additional status 3 0x003E', () => {
  it('decodes the frame Open Rowing Monitor sends for a ready PM (AdditionalStatus3Characteristic.js)', () => {
    // Ready, verification 1, screen 1, no error, no calibration, no game.
    expect(decodeAdditionalStatus3(viewFromHex('01 01 0100 0000 00 00 00 00 0000'))).toEqual({
      operationalState: 1,
      workoutVerificationState: 1,
      screenNumber: 1,
      lastError: 0,
      calibrationMode: 0,
      calibrationState: 0,
      calibrationStatus: 0,
      gameId: 0,
      gameScore: 0,
    });
  });

  it('reads little-endian screen numbers and scores, also behind mux id 0x3E', () => {
    const record = decodeMultiplexed(viewFromHex('3e 02 00 3401 0000 00 00 00 03 e803'));
    expect(record.record).toBe('pm5-additional-status-3');
    expect(record).toMatchObject({
      value: { operationalState: 2, screenNumber: 0x134, gameId: 3, gameScore: 1000 },
    });
  });

  it('throws a typed error below 12 bytes', () => {
    expect(() => decodeAdditionalStatus3(viewOf(new Uint8Array(11)))).toThrow(FrameTooShortError);
  });

  it('round-trips any frame', () => {
    expectBytesRoundTrip([12], decodeAdditionalStatus3, encodeAdditionalStatus3);
  });
});
