import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealed-record.ts';

describe('sealed records', () => {
  it('round-trips a payload', () => {
    const payload = new Uint8Array([1, 2, 3, 250]);
    expect(unseal(seal(payload))).toEqual(payload);
  });

  it('rejects a flipped bit, a truncation and a too-short record', () => {
    const sealed = seal(new Uint8Array([9, 8, 7, 6, 5]));
    const flipped = sealed.slice();
    flipped[6] = (flipped[6] ?? 0) ^ 0x10;
    expect(unseal(flipped)).toBeNull();
    expect(unseal(sealed.subarray(0, sealed.length - 1))).toBeNull();
    expect(unseal(new Uint8Array([1, 2]))).toBeNull();
  });
});
