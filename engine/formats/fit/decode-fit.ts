import { CrcCalculator, Decoder, Profile, Stream } from '@garmin/fitsdk';
import type { FitMessages, HrvMesg, Mesg } from '@garmin/fitsdk';
import type { ImportNote } from '../../activity/types.ts';
import type { ImportError } from '../import-error.ts';
import { reframeFit } from './fit-frames.ts';

const FIT_HEADER_MIN_BYTES = 12;
const FIT_CRC_BYTES = 2;

/** HRV messages carry no time; each is placed after the last record before it in the file. */
export type TimedHrv = { afterS: number | null; intervalsS: number[] };

export type DecodedFit = { messages: FitMessages; hrv: TimedHrv[]; notes: ImportNote[] };

function declaredLength(bytes: Uint8Array): number | null {
  if (bytes.length < FIT_HEADER_MIN_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes[0]! + view.getUint32(4, true) + FIT_CRC_BYTES;
}

/** The file holds its whole declared data and the checksum at its end matches it. */
function checksumMatches(bytes: Uint8Array, expected: number): boolean {
  if (bytes.length < expected || expected <= bytes[0]! + FIT_CRC_BYTES) return false;
  const at = expected - FIT_CRC_BYTES;
  const stored = bytes[at]! | (bytes[at + 1]! << 8);
  return stored === CrcCalculator.calculateCRC(bytes, 0, at);
}

type Read = { messages: FitMessages; hrv: TimedHrv[]; errors: Error[] };

/**
 * HRV messages only need placing in time when a multisport file must share them out between
 * legs; only then is the file read again with a listener (it costs a call per message).
 */
function read(bytes: Uint8Array): Read {
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  const hrvMesgs = messages.hrvMesgs ?? [];
  if (hrvMesgs.length > 0 && (messages.sessionMesgs?.length ?? 0) > 1) return readPlacingHrv(bytes);
  const hrv = hrvMesgs.map((h) => ({ afterS: null, intervalsS: h.time ?? [] }));
  return { messages, hrv, errors };
}

function readPlacingHrv(bytes: Uint8Array): Read {
  const hrv: TimedHrv[] = [];
  let lastRecordS: number | null = null;
  const mesgListener = (mesgNum: number, mesg: Mesg) => {
    if (mesgNum === Profile.MesgNum.RECORD) {
      const t = (mesg as { timestamp?: unknown }).timestamp;
      if (t instanceof Date) lastRecordS = t.getTime() / 1000;
    } else if (mesgNum === Profile.MesgNum.HRV) {
      hrv.push({ afterS: lastRecordS, intervalsS: (mesg as HrvMesg).time ?? [] });
    }
  };
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read({ mesgListener });
  return { messages, hrv, errors };
}

const failure = (type: ImportError['type'], message: string) => ({
  ok: false as const,
  error: { type, message },
});

function lossNote(bytes: Uint8Array, expected: number, dropped: number): ImportNote {
  const unsized = expected === bytes[0]! + FIT_CRC_BYTES;
  const message = unsized
    ? `This FIT file was never closed by the device (its header says it holds no data); its ${dropped > 0 ? 'whole ' : ''}records were read${dropped > 0 ? `, the last ${dropped} bytes are not a whole record` : ''}.`
    : bytes.length >= expected
      ? `This FIT file was never closed by the device (its last ${dropped} bytes are not a whole record); everything up to its last whole record was read.`
      : `This FIT file ends early (${bytes.length} of ${expected} bytes, probably cut off while copying); everything up to its last whole record was read, the missing end is lost.`;
  return { type: 'FileCutShort', count: dropped, message };
}

/**
 * Decodes a FIT file with Garmin's SDK. When the SDK refuses a file that is intact (compressed
 * timestamps) or was cut short or left unclosed, its whole records are re-framed (`fit-frames.ts`)
 * and decoded by the SDK again, with a note of what was done or lost. A complete file whose
 * checksum does not match was changed after it was written, and is refused.
 */
export function decodeFit(
  bytes: Uint8Array,
): { ok: true; decoded: DecodedFit } | { ok: false; error: ImportError } {
  const expected = declaredLength(bytes);
  if (expected === null || bytes.length < bytes[0]!) {
    return failure(
      'Truncated',
      `This FIT file ends early (${bytes.length} of at least 14 bytes): it was probably cut off while copying. Try copying it from the device again.`,
    );
  }
  const first = read(bytes);
  if (first.errors.length === 0) return { ok: true, decoded: { ...first, notes: [] } };
  const text = first.errors.map((e) => e.message).join('; ');
  const compressed = /compressed timestamp/i.test(text);
  if (!compressed && bytes.length >= expected && expected > bytes[0]! + FIT_CRC_BYTES) {
    if (!checksumMatches(bytes, expected) && /crc/i.test(text)) {
      return failure(
        'Corrupt',
        'This FIT file is damaged: its checksum does not match its contents. Try exporting it from the device or app again.',
      );
    }
  }
  const reframed = reframeFit(bytes);
  const second = read(reframed.bytes);
  if (second.errors.length > 0) {
    const reason = second.errors.map((e) => e.message).join('; ');
    return failure(
      'Corrupt',
      `This FIT file could not be read (${reason}). Try exporting it from the device or app again.`,
    );
  }
  const notes: ImportNote[] = [];
  const unsized = expected === bytes[0]! + FIT_CRC_BYTES;
  if (reframed.droppedBytes > 0 || bytes.length < expected || unsized)
    notes.push(lossNote(bytes, expected, reframed.droppedBytes));
  if (reframed.compressedRecords > 0)
    notes.push({
      type: 'CompressedTimestamps',
      count: reframed.compressedRecords,
      message: `${reframed.compressedRecords} records use compressed timestamps, which Garmin’s decoder does not read yet; they were expanded and read.`,
    });
  return { ok: true, decoded: { messages: second.messages, hrv: second.hrv, notes } };
}
