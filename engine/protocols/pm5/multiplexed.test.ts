import { describe, expect, it } from 'vitest';
import {
  decodeMultiplexed,
  encodeMultiplexed,
  PM5_RECORD_IDS,
  type Pm5Record,
} from './multiplexed.ts';
import { decodeGeneralStatus } from './general-status.ts';
import { decodeStrokeData } from './stroke-data.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { publicVector } from '../test-support/public-vectors.ts';

describe('PM5 multiplexed 0x0080', () => {
  it('routes on the first byte: id 0x31 carries the general status unchanged', () => {
    const v = publicVector('pm5_0031_workout_logged');
    const record = decodeMultiplexed(viewOf(new Uint8Array([0x31, ...v.bytes])));
    expect(record).toEqual({ record: 'pm5-general-status', value: decodeGeneralStatus(v.view) });
  });

  it('decodes id 0x35 with the multiplexed stroke layout (no work per stroke)', () => {
    const direct = publicVector('pm5_0035_stroke10').bytes;
    const mux = new Uint8Array([0x35, ...direct.slice(0, 16), ...direct.slice(18)]);
    const record = decodeMultiplexed(viewOf(mux));
    expect(record.record).toBe('pm5-stroke-data');
    expect(record).toEqual({
      record: 'pm5-stroke-data',
      value: { ...decodeStrokeData(viewOf(direct)), workPerStrokeJ: null },
    });
  });

  it('keeps ids it does not decode as raw payloads', () => {
    expect(decodeMultiplexed(viewOf(Uint8Array.from([0x40, 1, 2, 3])))).toEqual({
      record: 'unknown',
      id: 0x40,
      payload: Uint8Array.from([1, 2, 3]),
    });
  });

  it('decodes every documented id 0x31…0x3F; none comes back unknown', () => {
    // Each id with its multiplexed payload length (ErgometerJS typedefinitions.ts PM_Mux_* and
    // Open Rowing Monitor encoders); 0x3D is one force-curve packet with no words.
    const lengths: Array<[number, number]> = [
      [0x31, 19],
      [0x32, 18],
      [0x33, 18],
      [0x35, 18],
      [0x36, 17],
      [0x37, 18],
      [0x38, 18],
      [0x39, 18],
      [0x3a, 18],
      [0x3b, 6],
      [0x3c, 10],
      [0x3d, 2],
      [0x3e, 12],
      [0x3f, 15],
    ];
    for (const [id, length] of lengths) {
      const record = decodeMultiplexed(viewOf(Uint8Array.from([id, ...new Uint8Array(length)])));
      expect(record.record, `id 0x${id.toString(16)}`).not.toBe('unknown');
      if (record.record !== 'unknown') expect(PM5_RECORD_IDS[record.record]).toBe(id);
    }
  });

  it('throws a typed error for an empty notification or a short payload', () => {
    expect(() => decodeMultiplexed(viewOf(new Uint8Array(0)))).toThrow(FrameTooShortError);
    expect(() => decodeMultiplexed(viewOf(Uint8Array.from([0x33, 1, 2])))).toThrow(
      FrameTooShortError,
    );
  });

  it('encodes every record to at most 20 bytes and decodes it back', () => {
    const records: Pm5Record[] = [
      {
        record: 'pm5-general-status',
        value: decodeGeneralStatus(publicVector('pm5_0031_recovery_stroke4').view),
      },
      {
        record: 'pm5-stroke-data',
        value: {
          ...decodeStrokeData(publicVector('pm5_0035_stroke10').view),
          workPerStrokeJ: null,
        },
      },
      {
        record: 'pm5-force-curve',
        value: { packetCount: 1, sequence: 0, forcesLbs: [10, 20, 30] },
      },
      {
        record: 'pm5-heart-rate-belt-info',
        value: { manufacturerId: 1, deviceType: 2, beltId: 123456 },
      },
      {
        record: 'pm5-additional-workout-summary-2',
        value: {
          logDate: '2026-11-21',
          logTime: '18:05',
          averagePaceS500m: 110.4,
          gameId: 0,
          workoutVerification: 1,
          gameScore: 0,
          ergMachineType: 0,
        },
      },
      {
        record: 'pm5-logged-workout',
        value: {
          workoutHash: '0123456789abcdef',
          internalLogAddress: 4096,
          logSizeBytes: 212,
          ergMachineType: 0,
        },
      },
    ];
    for (const r of records) {
      const bytes = encodeMultiplexed(r);
      expect(bytes.length).toBeLessThanOrEqual(20);
      expect(decodeMultiplexed(viewOf(bytes))).toEqual(r);
    }
  });
});
