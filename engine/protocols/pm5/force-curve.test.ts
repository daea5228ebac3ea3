import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addForceCurvePacket,
  decodeForceCurvePacket,
  encodeForceCurve,
  type ForceCurveAssembly,
} from './force-curve.ts';
import { FrameTooShortError, viewOf } from '../bytes.ts';
import { viewFromHex } from '../test-support/public-vectors.ts';

function reassemble(packets: Uint8Array[]): number[][] {
  let assembly: ForceCurveAssembly = null;
  const curves: number[][] = [];
  for (const p of packets) {
    const result = addForceCurvePacket(assembly, decodeForceCurvePacket(viewOf(p)));
    assembly = result.assembly;
    if (result.curveLbs) curves.push(result.curveLbs);
  }
  return curves;
}

describe('PM5 force curve 0x003D', () => {
  it('decodes the header nibbles and LE words (Open Rowing Monitor ForceCurveCharacteristic.js layout)', () => {
    // 0x29: 2 notifications in this curve, 9 words in this one; sequence 0.
    const p = decodeForceCurvePacket(
      viewFromHex('2900 1800 2900 2900 3b00 3b00 4000 4500 4500 5300'),
    );
    expect(p).toEqual({
      packetCount: 2,
      sequence: 0,
      forcesLbs: [24, 41, 41, 59, 59, 64, 69, 69, 83],
    });
  });

  it('throws a typed error when a packet holds fewer words than its header says', () => {
    expect(() => decodeForceCurvePacket(viewFromHex('2900 1800 2900'))).toThrow(FrameTooShortError);
  });

  it('splits a curve into 20-byte notifications and puts it back together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 135 }),
        (curve) => {
          const packets = encodeForceCurve(curve);
          expect(packets.every((p) => p.length <= 20)).toBe(true);
          expect(reassemble(packets)).toEqual([curve]);
        },
      ),
    );
  });

  it('drops a curve that lost a notification instead of splicing it onto the next', () => {
    const first = encodeForceCurve(Array.from({ length: 20 }, (_, i) => i));
    const second = encodeForceCurve(Array.from({ length: 20 }, (_, i) => 100 + i));
    const lossy = [first[0]!, first[2]!, ...second];
    expect(reassemble(lossy)).toEqual([Array.from({ length: 20 }, (_, i) => 100 + i)]);
  });
});
