// Byte-level round trip: any frame of a fixed-layout record decodes and re-encodes to itself.
import fc from 'fast-check';
import { expect } from 'vitest';
import { viewOf } from '../bytes.ts';

export function expectBytesRoundTrip<T>(
  lengths: number[],
  decode: (view: DataView) => T,
  encode: (value: T) => Uint8Array,
): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...lengths).chain((n) => fc.uint8Array({ minLength: n, maxLength: n })),
      (bytes) => {
        const decoded = decode(viewOf(bytes));
        expect(Array.from(encode(decoded))).toEqual(Array.from(bytes));
        expect(decode(viewOf(encode(decoded)))).toEqual(decoded);
      },
    ),
    { numRuns: 300 },
  );
}
