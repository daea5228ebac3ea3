import { describe, expect, it } from 'vitest';
import { bytesFromHex, hexFromBytes, InvalidHexError } from './hex.ts';

describe('hex', () => {
  it('accepts spaces, colons and a 0x prefix', () => {
    expect(Array.from(bytesFromHex('c4:09 00'))).toEqual([0xc4, 0x09, 0x00]);
    expect(Array.from(bytesFromHex('0xC409'))).toEqual([0xc4, 0x09]);
  });

  it('rejects odd digit counts, non-hex characters and empty input with a typed error', () => {
    expect(() => bytesFromHex('c40')).toThrow(InvalidHexError);
    expect(() => bytesFromHex('zz')).toThrow(/not hex/);
    expect(() => bytesFromHex('  ')).toThrow(InvalidHexError);
  });

  it('formats bytes back', () => {
    expect(hexFromBytes(Uint8Array.from([0xf1, 0x0a]), ' ')).toBe('f1 0a');
  });
});
