// Frames for flag-driven FTMS records, built from a flags value and the hex of the fields it gates.
import fc from 'fast-check';
import { bytesFromHex } from '../hex.ts';
import { viewOf } from '../bytes.ts';

export function ftmsFrame(flags: number, fieldsHex: string): DataView {
  const fields = fieldsHex.trim() ? bytesFromHex(fieldsHex) : new Uint8Array(0);
  return viewOf(Uint8Array.from([flags & 0xff, flags >> 8, ...fields]));
}

/** Any 13-bit flags value followed by exactly the bytes those flags promise. */
export function arbitraryFtmsFrame(
  expectedBytes: (flags: number) => number,
): fc.Arbitrary<Uint8Array> {
  return fc.integer({ min: 0, max: 0x1fff }).chain((flags) => {
    const n = expectedBytes(flags) - 2;
    return fc
      .uint8Array({ minLength: n, maxLength: n })
      .map((fields) => Uint8Array.from([flags & 0xff, flags >> 8, ...fields]));
  });
}
