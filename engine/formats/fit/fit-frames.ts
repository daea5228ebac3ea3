import { CrcCalculator } from '@garmin/fitsdk';

/**
 * Re-frames the records of a FIT file so Garmin's decoder can read what it otherwise refuses. It
 * decodes no field: it walks record boundaries (FIT protocol, "Record Header", "Definition
 * Message") and
 * - rewrites each compressed-timestamp data message (header bit 7; the SDK throws "compressed
 *   timestamp messages are not currently supported") as a normal one with an explicit timestamp
 *   field (253, uint32), re-emitting definitions as needed;
 * - stops at the last whole record of a file that was cut off or never closed (its header's data
 *   size larger than the file, or 0);
 * - writes a new header data size and CRCs, so the SDK decodes the result like any file.
 * Every field value is still decoded by the SDK; `fit-frames.test.ts` checks that a re-framed file
 * decodes to exactly the messages of the original wherever the SDK can read both.
 */
export type Reframed = {
  bytes: Uint8Array;
  compressedRecords: number;
  /** Bytes of the data section that were not part of a whole record (a cut-off file). */
  droppedBytes: number;
};

const TIMESTAMP_FIELD = 253;
const UINT32 = 0x86;

type Definition = {
  local: number;
  littleEndian: boolean;
  /** The definition record as written, header byte included. */
  raw: Uint8Array;
  size: number;
  /** Bytes of developer fields at the end of each data message. */
  devSize: number;
  /** Offset of the timestamp field inside a data message's payload, or -1. */
  timestampAt: number;
  /** This definition with a timestamp field added, made when a compressed message needs it. */
  expanded?: Uint8Array;
};

function readDefinition(bytes: Uint8Array, at: number, end: number): Definition | null {
  if (at + 6 > end) return null;
  const header = bytes[at]!;
  const littleEndian = bytes[at + 2] === 0;
  const fields = bytes[at + 5]!;
  let p = at + 6;
  let size = 0;
  let timestampAt = -1;
  if (p + 3 * fields > end) return null;
  for (let f = 0; f < fields; f++, p += 3) {
    if (bytes[p] === TIMESTAMP_FIELD && bytes[p + 1] === 4) timestampAt = size;
    size += bytes[p + 1]!;
  }
  let devSize = 0;
  if (header & 0x20) {
    if (p + 1 > end) return null;
    const devFields = bytes[p]!;
    p += 1;
    if (p + 3 * devFields > end) return null;
    for (let f = 0; f < devFields; f++, p += 3) devSize += bytes[p + 1]!;
  }
  const raw = bytes.slice(at, p);
  return { local: header & 0x0f, littleEndian, raw, size: size + devSize, devSize, timestampAt };
}

/** The definition with a uint32 timestamp field appended, as the expanded messages need it. */
function withTimestamp(def: Definition): Uint8Array {
  const raw = def.raw;
  const fieldsEnd = 6 + 3 * raw[5]!;
  const out = new Uint8Array(raw.length + 3);
  out.set(raw.subarray(0, fieldsEnd));
  out[0] = raw[0]! & 0x6f; // the definition's own flags; bit 4 is reserved
  out[5] = raw[5]! + 1;
  out.set([TIMESTAMP_FIELD, 4, UINT32], fieldsEnd);
  out.set(raw.subarray(fieldsEnd), fieldsEnd + 3);
  return out;
}

class Output {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
  concat(headerSize: number): Uint8Array {
    const out = new Uint8Array(headerSize + this.length + 2);
    let at = headerSize;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

function uint32(value: number, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, littleEndian);
  return out;
}

/** The data section's end: the declared one when the file holds it, else the file's end. */
function dataEnd(bytes: Uint8Array, headerSize: number): number {
  const declared = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const end = headerSize + declared;
  return declared > 0 && end + 2 <= bytes.length ? end : bytes.length;
}

export function reframeFit(bytes: Uint8Array): Reframed {
  const headerSize = bytes[0]!;
  const end = dataEnd(bytes, headerSize);
  const defs: (Definition | undefined)[] = [];
  const active: (Uint8Array | undefined)[] = [];
  const out = new Output();
  let lastTimestamp = 0;
  let compressedRecords = 0;
  let at = headerSize;
  const emitDefinition = (local: number, raw: Uint8Array) => {
    if (active[local] !== raw) out.push(raw);
    active[local] = raw;
  };
  while (at < end) {
    const header = bytes[at]!;
    if (header & 0x80) {
      const local = (header >> 5) & 0x03;
      const def = defs[local];
      if (!def || at + 1 + def.size > end) break;
      const offset = header & 0x1f;
      lastTimestamp = lastTimestamp + ((offset - lastTimestamp) & 0x1f);
      def.expanded ??= withTimestamp(def);
      emitDefinition(local, def.expanded);
      // Native fields, then the timestamp (a native field), then the developer fields.
      const nativeEnd = at + 1 + def.size - def.devSize;
      out.push(Uint8Array.of(local));
      out.push(bytes.subarray(at + 1, nativeEnd));
      out.push(uint32(lastTimestamp, def.littleEndian));
      out.push(bytes.subarray(nativeEnd, at + 1 + def.size));
      compressedRecords++;
      at += 1 + def.size;
    } else if (header & 0x40) {
      const def = readDefinition(bytes, at, end);
      if (!def) break;
      defs[def.local] = def;
      emitDefinition(def.local, def.raw);
      at += def.raw.length;
    } else {
      const local = header & 0x0f;
      const def = defs[local];
      if (!def || at + 1 + def.size > end) break;
      if (def.timestampAt >= 0) {
        const view = new DataView(bytes.buffer, bytes.byteOffset + at + 1 + def.timestampAt, 4);
        lastTimestamp = view.getUint32(0, def.littleEndian);
      }
      emitDefinition(local, def.raw);
      out.push(bytes.subarray(at, at + 1 + def.size));
      at += 1 + def.size;
    }
  }
  const result = out.concat(headerSize);
  result.set(bytes.subarray(0, headerSize));
  new DataView(result.buffer).setUint32(4, out.length, true);
  if (headerSize === 14) {
    new DataView(result.buffer).setUint16(12, CrcCalculator.calculateCRC(result, 0, 12), true);
  }
  const crcAt = headerSize + out.length;
  new DataView(result.buffer).setUint16(crcAt, CrcCalculator.calculateCRC(result, 0, crcAt), true);
  return { bytes: result, compressedRecords, droppedBytes: end - at };
}
