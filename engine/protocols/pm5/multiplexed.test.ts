import { describe, expect, it } from 'vitest';
import { decodeMultiplexed, encodeMultiplexed, type Pm5Record } from './multiplexed.ts';
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
    expect(decodeMultiplexed(viewOf(Uint8Array.from([0x3b, 1, 2, 3])))).toEqual({
      record: 'unknown',
      id: 0x3b,
      payload: Uint8Array.from([1, 2, 3]),
    });
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
    ];
    for (const r of records) {
      const bytes = encodeMultiplexed(r);
      expect(bytes.length).toBeLessThanOrEqual(20);
      expect(decodeMultiplexed(viewOf(bytes))).toEqual(r);
    }
  });
});
