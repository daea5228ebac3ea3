import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCsafeChunk, EMPTY_REASSEMBLY, type CsafeReassembly } from './reassembler.ts';
import { decodeCsafeFrame, encodeCsafeFrame } from './frame.ts';
import { bytesFromHex } from '../hex.ts';
import { publicVector } from '../test-support/public-vectors.ts';

function feed(chunks: Uint8Array[]): Uint8Array[] {
  let state: CsafeReassembly = EMPTY_REASSEMBLY;
  const frames: Uint8Array[] = [];
  for (const chunk of chunks) {
    const result = addCsafeChunk(state, chunk);
    state = result.reassembly;
    frames.push(...result.frames);
  }
  return frames;
}

describe('CSAFE reassembler', () => {
  it('rebuilds the real PM5 force-plot response from its three notifications, stuffed checksum split', () => {
    // As the PM5 sent it (ErgometerJS row100meter.ts): 20 bytes | 20 bytes | "00 f2".
    const whole = publicVector('csafe_real_resp_forceplot_stuffed_checksum').bytes;
    const chunks = [whole.slice(0, 20), whole.slice(20, 40), whole.slice(40)];
    expect(Array.from(chunks[1]!.slice(-1))).toEqual([0xf3]);
    const frames = feed(chunks);
    expect(frames).toHaveLength(1);
    expect(Array.from(frames[0]!)).toEqual(Array.from(whole));
    expect(decodeCsafeFrame(frames[0]!).content[0]).toBe(0x09);
  });

  it('returns two frames that arrive in one notification, and drops noise before a start flag', () => {
    const frames = feed([bytesFromHex('00 07 f1 00 f2 f1 1a 01 bf a4 f2')]);
    expect(frames.map((f) => Array.from(f))).toEqual([
      [0xf1, 0x00, 0xf2],
      [0xf1, 0x1a, 0x01, 0xbf, 0xa4, 0xf2],
    ]);
  });

  it('restarts on a new start flag when a frame was cut off', () => {
    expect(
      feed([bytesFromHex('f1 1a 01'), bytesFromHex('f1 00 f2')]).map((f) => Array.from(f)),
    ).toEqual([[0xf1, 0x00, 0xf2]]);
  });

  it('reassembles any frame however it is chunked', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 40 }),
        (content, sizes) => {
          const frame = encodeCsafeFrame(content);
          const chunks: Uint8Array[] = [];
          for (let at = 0, i = 0; at < frame.length; i++) {
            const size = sizes[i % sizes.length]!;
            chunks.push(frame.slice(at, at + size));
            at += size;
          }
          expect(feed(chunks).map((f) => Array.from(f))).toEqual([Array.from(frame)]);
        },
      ),
    );
  });
});
