import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsafeFrameError, decodeCsafeFrame, encodeCsafeFrame, xorChecksum } from './frame.ts';
import { bytesFromHex } from '../hex.ts';
import { publicVector } from '../test-support/public-vectors.ts';

describe('CSAFE frame', () => {
  it('decodes a real app → PM5 request and checks its XOR checksum (ErgometerJS row100meter.ts)', () => {
    const frame = decodeCsafeFrame(
      publicVector('csafe_real_req_getstrokestate_getversion_setprogram').bytes,
    );
    expect(frame.address).toBeNull();
    expect(Array.from(frame.content)).toEqual([0x1a, 0x01, 0xbf, 0x91, 0x24, 0x02, 0x01, 0x00]);
    expect(xorChecksum(frame.content)).toBe(0x12);
  });

  it('unstuffs a checksum of 0xF0 sent as F3 00 (real PM5 force-plot response)', () => {
    const frame = decodeCsafeFrame(
      publicVector('csafe_real_resp_forceplot_stuffed_checksum').bytes,
    );
    expect(xorChecksum(frame.content)).toBe(0xf0);
    expect(frame.content[0]).toBe(0x09);
  });

  it('unstuffs data bytes: the Open Rowing Monitor 96-byte interval frame has rest 0x00F0 as 00 F3 00', () => {
    const frame = decodeCsafeFrame(publicVector('csafe_orm_test_variable_interval_frame').bytes);
    expect(frame.content[0]).toBe(0x76);
    expect(frame.content[1]).toBe(0x60);
    expect(frame.content.length).toBe(2 + 0x60);
  });

  it('encodes the empty frame as F1 00 F2', () => {
    expect(Array.from(encodeCsafeFrame(new Uint8Array(0)))).toEqual([0xf1, 0x00, 0xf2]);
  });

  it('round-trips any content, standard or extended, with no flag byte inside the frame', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 96 }),
        fc.option(
          fc.record({
            destination: fc.integer({ min: 0, max: 255 }),
            source: fc.integer({ min: 0, max: 255 }),
          }),
        ),
        (content, address) => {
          const frame = encodeCsafeFrame(content, address);
          const inner = frame.subarray(1, frame.length - 1);
          expect(inner.some((b) => b >= 0xf0 && b <= 0xf2)).toBe(false);
          const decoded = decodeCsafeFrame(frame);
          expect(decoded.address).toEqual(address);
          expect(Array.from(decoded.content)).toEqual(Array.from(content));
        },
      ),
    );
  });

  it('rejects a wrong checksum, a bad escape, and missing flags with typed errors', () => {
    const problem = (hex: string) => {
      try {
        decodeCsafeFrame(bytesFromHex(hex));
      } catch (error) {
        return error instanceof CsafeFrameError ? error.problem : 'other';
      }
      return 'none';
    };
    expect(problem('f1 1a 01 bf 13 f2')).toBe('bad-checksum');
    expect(problem('f1 f3 07 f2')).toBe('bad-stuffing');
    expect(problem('1a 01 f2')).toBe('no-start-flag');
    expect(problem('f1 1a 01')).toBe('no-stop-flag');
  });
});
