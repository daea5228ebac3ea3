import { crc32 } from 'node:zlib';

// Each stored value carries a CRC-32 of its payload, so a torn or bit-flipped record is detected on
// load and set aside instead of poisoning the whole document.
const HEADER_BYTES = 4;

export function seal(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + payload.length);
  new DataView(out.buffer).setUint32(0, crc32(payload) >>> 0);
  out.set(payload, HEADER_BYTES);
  return out;
}

/** The payload, or null when the record is too short or its checksum does not match. */
export function unseal(record: Uint8Array): Uint8Array | null {
  if (record.length < HEADER_BYTES) return null;
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  const payload = record.subarray(HEADER_BYTES);
  return view.getUint32(0) === crc32(payload) >>> 0 ? payload : null;
}
