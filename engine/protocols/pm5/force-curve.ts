/**
 * PM5 Force Curve, characteristic 0x003D (multiplexed id 0x3D): one curve per drive, sent after
 * the drive as several notifications. Byte 0: high nibble = notifications in this curve, low
 * nibble = 16-bit words in this one; byte 1: sequence number; then uint16 LE forces in lbf, at
 * most 9 per 20-byte notification.
 * Source: Open Rowing Monitor rowing-service/other-characteristics/ForceCurveCharacteristic.js,
 * which cites ergarcade/pm5-base js/pm5.js; the PM5 Bluetooth Smart Interface Definition
 * rev 1.30 gives the 2–288 byte range.
 */
import { FrameTooShortError, requireLength, setU16, u16, u8, viewOf } from '../bytes.ts';

const CHARACTERISTIC = 'PM5 force curve (0x003D)';
const MAX_WORDS_PER_PACKET = 9;
const MAX_PACKETS = 15;

export type ForceCurvePacket = { packetCount: number; sequence: number; forcesLbs: number[] };

export function decodeForceCurvePacket(view: DataView): ForceCurvePacket {
  requireLength(view, 2, CHARACTERISTIC);
  const header = u8(view, 0);
  const words = header & 0x0f;
  const expected = 2 + words * 2;
  if (view.byteLength < expected)
    throw new FrameTooShortError(CHARACTERISTIC, expected, view.byteLength);
  const forcesLbs: number[] = [];
  for (let i = 0; i < words; i++) forcesLbs.push(u16(view, 2 + i * 2));
  return { packetCount: header >> 4, sequence: u8(view, 1), forcesLbs };
}

export function encodeForceCurvePacket(packet: ForceCurvePacket): Uint8Array {
  if (packet.forcesLbs.length > 15)
    throw new RangeError('A force curve notification holds at most 15 words.');
  const bytes = new Uint8Array(2 + packet.forcesLbs.length * 2);
  const view = viewOf(bytes);
  view.setUint8(0, ((packet.packetCount & 0x0f) << 4) | packet.forcesLbs.length);
  view.setUint8(1, packet.sequence & 0xff);
  packet.forcesLbs.forEach((force, i) => setU16(view, 2 + i * 2, force, `${CHARACTERISTIC} force`));
  return bytes;
}

/**
 * Splits one curve (whole lbf) into the packets a PM5 sends for it, numbered from 0. Behind the
 * 0x0080 id byte only 8 words fit in 20 bytes, so pass 8 for the multiplexed form.
 */
export function forceCurvePackets(
  forcesLbs: readonly number[],
  wordsPerPacket = MAX_WORDS_PER_PACKET,
): ForceCurvePacket[] {
  const packetCount = Math.max(1, Math.ceil(forcesLbs.length / wordsPerPacket));
  if (packetCount > MAX_PACKETS) {
    throw new RangeError(`A force curve holds at most ${MAX_PACKETS * wordsPerPacket} points.`);
  }
  return Array.from({ length: packetCount }, (_, sequence) => ({
    packetCount,
    sequence,
    forcesLbs: forcesLbs.slice(sequence * wordsPerPacket, (sequence + 1) * wordsPerPacket),
  }));
}

/** The notifications of one curve on 0x003D. */
export function encodeForceCurve(forcesLbs: readonly number[]): Uint8Array[] {
  return forceCurvePackets(forcesLbs).map(encodeForceCurvePacket);
}

/** A curve being put back together; null when none is in progress. */
export type ForceCurveAssembly = {
  packetCount: number;
  received: number;
  lastSequence: number;
  forcesLbs: number[];
} | null;

/**
 * Adds one notification. Returns the finished curve when its last notification arrives. A packet
 * that does not continue the curve in progress (lost notification, new drive) starts a new one,
 * so a dropped packet costs one curve, never a spliced one.
 */
export function addForceCurvePacket(
  assembly: ForceCurveAssembly,
  packet: ForceCurvePacket,
): { assembly: ForceCurveAssembly; curveLbs: number[] | null } {
  const continues =
    assembly !== null &&
    assembly.packetCount === packet.packetCount &&
    packet.sequence === ((assembly.lastSequence + 1) & 0xff);
  const base = continues
    ? assembly
    : { packetCount: packet.packetCount, received: 0, lastSequence: 0, forcesLbs: [] };
  const next = {
    packetCount: base.packetCount,
    received: base.received + 1,
    lastSequence: packet.sequence,
    forcesLbs: [...base.forcesLbs, ...packet.forcesLbs],
  };
  if (next.received >= next.packetCount) return { assembly: null, curveLbs: next.forcesLbs };
  return { assembly: next, curveLbs: null };
}
