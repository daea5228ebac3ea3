import { CrcCalculator } from '@garmin/fitsdk';

/**
 * Rewrites a FIT file the way devices that save space do (FIT protocol, "Compressed Timestamp
 * Header"): each record message within 31 s of the previous timestamp loses its timestamp field
 * and carries the low 5 bits of it in the record header instead (bit 7 set, local message type in
 * bits 5–6, time offset in bits 0–4). Garmin's JavaScript decoder refuses such files.
 */
type Def = { raw: Uint8Array; size: number; timestampAt: number; global: number; le: boolean };

const RECORD = 20;

function parseDef(bytes: Uint8Array, at: number): Def {
  const le = bytes[at + 2] === 0;
  const global = le
    ? bytes[at + 3]! | (bytes[at + 4]! << 8)
    : (bytes[at + 3]! << 8) | bytes[at + 4]!;
  const fields = bytes[at + 5]!;
  let p = at + 6;
  let size = 0;
  let timestampAt = -1;
  for (let f = 0; f < fields; f++, p += 3) {
    if (bytes[p] === 253) timestampAt = size;
    size += bytes[p + 1]!;
  }
  if (bytes[at]! & 0x20) {
    const dev = bytes[p]!;
    p += 1;
    for (let f = 0; f < dev; f++, p += 3) size += bytes[p + 1]!;
  }
  return { raw: bytes.slice(at, p), size, timestampAt, global, le };
}

/** The definition without its timestamp field, for compressed messages of local type `local`. */
function stripped(def: Def, local: number): Uint8Array {
  const raw = def.raw;
  const fields = raw[5]!;
  const out: number[] = [...raw.subarray(0, 6)];
  out[0] = (raw[0]! & 0xf0) | local;
  out[5] = fields - 1;
  for (let f = 0, p = 6; f < fields; f++, p += 3)
    if (raw[p] !== 253) out.push(raw[p]!, raw[p + 1]!, raw[p + 2]!);
  out.push(...raw.subarray(6 + 3 * fields));
  return Uint8Array.from(out);
}

export function compressTimestamps(bytes: Uint8Array): { bytes: Uint8Array; compressed: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = bytes[0]!;
  const end = headerSize + view.getUint32(4, true);
  const defs: Def[] = [];
  const active: Uint8Array[] = [];
  const out: number[] = [];
  const emitDef = (local: number, raw: Uint8Array) => {
    if (active[local] !== raw) out.push(...raw);
    active[local] = raw;
  };
  const strippedDefs = new Map<Def, Uint8Array>();
  let last = -1;
  let compressed = 0;
  for (let at = headerSize; at < end;) {
    const header = bytes[at]!;
    const local = header & 0x0f;
    if (header & 0x40) {
      defs[local] = parseDef(bytes, at);
      emitDef(local, defs[local].raw);
      at += defs[local].raw.length;
      continue;
    }
    const def = defs[local]!;
    const payload = bytes.subarray(at + 1, at + 1 + def.size);
    const ts =
      def.timestampAt < 0
        ? -1
        : new DataView(payload.buffer, payload.byteOffset + def.timestampAt, 4).getUint32(
            0,
            def.le,
          );
    if (def.global === RECORD && ts >= last && ts - last < 32 && last >= 0) {
      // Compressed headers have two bits for the local type: records move to local type 0–3.
      const short = local & 0x03;
      if (!strippedDefs.has(def)) strippedDefs.set(def, stripped(def, short));
      emitDef(short, strippedDefs.get(def)!);
      out.push(0x80 | (short << 5) | (ts & 0x1f));
      out.push(...payload.subarray(0, def.timestampAt), ...payload.subarray(def.timestampAt + 4));
      compressed++;
    } else {
      emitDef(local, def.raw);
      out.push(header, ...payload);
    }
    if (ts >= 0) last = ts;
    at += 1 + def.size;
  }
  const result = new Uint8Array(headerSize + out.length + 2);
  result.set(bytes.subarray(0, headerSize));
  result.set(out, headerSize);
  const resultView = new DataView(result.buffer);
  resultView.setUint32(4, out.length, true);
  if (headerSize === 14) resultView.setUint16(12, CrcCalculator.calculateCRC(result, 0, 12), true);
  const crcAt = headerSize + out.length;
  resultView.setUint16(crcAt, CrcCalculator.calculateCRC(result, 0, crcAt), true);
  return { bytes: result, compressed };
}
