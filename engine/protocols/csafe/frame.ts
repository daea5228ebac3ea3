/**
 * CSAFE frames as the PM5 carries them over its control characteristics (0x0021 app → PM,
 * 0x0022 PM → app).
 *
 * Standard frame: F1 | content | checksum | F2. Extended frame: F0 | dest | src | content |
 * checksum | F2. The checksum is the XOR of the content bytes (not the flags or addresses),
 * computed before stuffing. Between the flags every byte 0xF0–0xF3 — the checksum included — is
 * sent as F3, byte − 0xF0. The empty frame is F1 00 F2.
 * Source: CSAFE protocol as used by the PM ("PM CSAFE Communication Definition" rev 0.27, via
 * ErgometerJS csafe/ and Open Rowing Monitor CsafeFrameBase.js); checked against real PM5 frames
 * in ErgometerJS row100meter.ts, one of which has its checksum 0xF0 stuffed as F3 00.
 */

export const EXTENDED_START = 0xf0;
export const STANDARD_START = 0xf1;
export const STOP = 0xf2;
export const STUFF = 0xf3;

export type CsafeFrameProblem =
  'no-start-flag' | 'no-stop-flag' | 'bad-stuffing' | 'bad-checksum' | 'empty';

export class CsafeFrameError extends Error {
  override name = 'CsafeFrameError';
  constructor(
    readonly problem: CsafeFrameProblem,
    detail: string,
  ) {
    super(`CSAFE frame: ${detail}`);
  }
}

export type CsafeFrame = {
  /** Present for extended frames only. */
  address: { destination: number; source: number } | null;
  content: Uint8Array;
};

export function xorChecksum(content: Uint8Array): number {
  let sum = 0;
  for (const b of content) sum ^= b;
  return sum;
}

function stuff(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (const b of bytes) {
    if (b >= EXTENDED_START && b <= STUFF) out.push(STUFF, b - EXTENDED_START);
    else out.push(b);
  }
  return out;
}

function unstuff(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== STUFF) {
      out.push(b);
      continue;
    }
    const next = bytes[++i];
    if (next === undefined || next > 0x03) {
      throw new CsafeFrameError('bad-stuffing', 'an escape byte F3 must be followed by 00–03.');
    }
    out.push(EXTENDED_START + next);
  }
  return Uint8Array.from(out);
}

/** Encodes a standard frame (or an extended one when an address is given). */
export function encodeCsafeFrame(
  content: Uint8Array,
  address: CsafeFrame['address'] = null,
): Uint8Array {
  const body = address
    ? [...stuff(Uint8Array.from([address.destination, address.source])), ...stuff(content)]
    : stuff(content);
  const start = address ? EXTENDED_START : STANDARD_START;
  return Uint8Array.from([start, ...body, ...stuff(Uint8Array.of(xorChecksum(content))), STOP]);
}

/** Decodes one complete frame, flags included. */
export function decodeCsafeFrame(frame: Uint8Array): CsafeFrame {
  const start = frame[0];
  if (start !== STANDARD_START && start !== EXTENDED_START) {
    throw new CsafeFrameError(
      'no-start-flag',
      'it must begin with F1 (standard) or F0 (extended).',
    );
  }
  if (frame[frame.length - 1] !== STOP)
    throw new CsafeFrameError('no-stop-flag', 'it must end with F2.');
  const inner = unstuff(frame.subarray(1, frame.length - 1));
  const headerBytes = start === EXTENDED_START ? 2 : 0;
  if (inner.length < headerBytes + 1) throw new CsafeFrameError('empty', 'it has no checksum.');
  const content = inner.slice(headerBytes, inner.length - 1);
  const checksum = inner[inner.length - 1]!;
  if (xorChecksum(content) !== checksum) {
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    throw new CsafeFrameError(
      'bad-checksum',
      `checksum ${hex(checksum)} should be ${hex(xorChecksum(content))}.`,
    );
  }
  const address = start === EXTENDED_START ? { destination: inner[0]!, source: inner[1]! } : null;
  return { address, content };
}
