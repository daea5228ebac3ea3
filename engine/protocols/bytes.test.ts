import { describe, expect, it } from 'vitest';
import {
  ByteWriter,
  FieldRangeError,
  FrameTooShortError,
  requireLength,
  u24,
  viewOf,
} from './bytes.ts';

describe('byte helpers', () => {
  it('reads 24-bit fields little-endian, as the PM5 sends them', () => {
    // 0xc4 0x09 0x00 is 2500 (25.00 s in the real trace), not 0xc40900.
    expect(u24(viewOf(Uint8Array.from([0xc4, 0x09, 0x00])), 0)).toBe(2500);
  });

  it('names the characteristic and both lengths in a short-frame error', () => {
    const error = (() => {
      try {
        requireLength(viewOf(new Uint8Array(3)), 19, 'PM5 general status (0x0031)');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(FrameTooShortError);
    expect(error).toMatchObject({
      characteristic: 'PM5 general status (0x0031)',
      expected: 19,
      actual: 3,
    });
  });

  it('writes little-endian, grows past its initial capacity, and refuses values that do not fit', () => {
    const writer = new ByteWriter(2).u8(1, 'a').u16(0x0203, 'b').u24(0x040506, 'c').s16(-2, 'd');
    expect(Array.from(writer.bytes())).toEqual([1, 0x03, 0x02, 0x06, 0x05, 0x04, 0xfe, 0xff]);
    expect(() => new ByteWriter().u8(256, 'heartRateBpm')).toThrow(FieldRangeError);
    expect(() => new ByteWriter().u16(-1, 'speed')).toThrow(/speed = -1 does not fit/);
  });
});
