/**
 * Puts CSAFE frames back together from BLE chunks. A PM5 response can span several 20-byte
 * notifications (and an app's long request several writes); because stuffing keeps F2 out of the
 * frame body, a frame is complete exactly at its stop flag — even when a stuffed checksum
 * (F3 00) is split across two notifications. Bytes before a start flag are line noise and are
 * dropped (DEVICES-RESEARCH.md §2.1; ErgometerJS row100meter.ts shows such a split).
 */
import { EXTENDED_START, STANDARD_START, STOP } from './frame.ts';

/** Bytes of the frame in progress (from its start flag), or empty when between frames. */
export type CsafeReassembly = readonly number[];

export const EMPTY_REASSEMBLY: CsafeReassembly = [];

/** Longest frame accepted (csafe.h FRAME_MAXSIZE is 96 content bytes; stuffing can double it). */
const MAX_FRAME_BYTES = 2 * 96 + 8;

export function addCsafeChunk(
  reassembly: CsafeReassembly,
  chunk: Uint8Array,
): { reassembly: CsafeReassembly; frames: Uint8Array[] } {
  const frames: Uint8Array[] = [];
  let current = [...reassembly];
  for (const b of chunk) {
    if (b === STANDARD_START || b === EXTENDED_START) {
      current = [b];
    } else if (current.length > 0) {
      current.push(b);
      if (b === STOP) {
        frames.push(Uint8Array.from(current));
        current = [];
      } else if (current.length > MAX_FRAME_BYTES) {
        current = [];
      }
    }
  }
  return { reassembly: current, frames };
}
