import type { Activity } from '../activity/types.ts';
import { assembleActivity } from './assemble-activity.ts';
import { readFit } from './fit/import-fit.ts';
import { readGpx } from './gpx/read-gpx.ts';
import { importFailure, type ImportResult } from './import-error.ts';
import type { RawLeg } from './raw-leg.ts';
import { sniffFormat } from './sniff-format.ts';
import { readTcx } from './tcx/read-tcx.ts';
import { decodeXml } from './xml-text.ts';

export type { ImportError, ImportErrorType, ImportResult } from './import-error.ts';

export type ImportOptions = {
  fileName?: string | undefined;
  /** "Now", for the date checks (the engine reads no clock): epoch milliseconds. */
  nowMs: number;
};

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00) return false;
  }
  return true;
}

function readLegs(bytes: Uint8Array, fileName: string | undefined, label: string) {
  const format = sniffFormat(bytes, fileName);
  if (format === 'fit') return readFit(bytes);
  if (format === 'gpx') return readGpx(decodeXml(bytes));
  if (format === 'tcx') return readTcx(decodeXml(bytes));
  return importFailure(
    'UnknownFormat',
    `${label} is not a FIT, GPX or TCX activity file, so it cannot be analyzed.`,
  );
}

/**
 * Reads a FIT, GPX or TCX file into the normalized activities it holds: one, or one per leg of a
 * multisport event. The format is sniffed from the bytes (the name only breaks a tie for a FIT
 * file cut off inside its header). Each activity carries notes of what was repaired or left
 * out; when nothing can be imported, a typed error says why in a sentence a person can act on.
 */
export function importActivity(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const label = options.fileName ? `"${options.fileName}"` : 'This file';
  if (bytes.length === 0 || isBlank(bytes)) {
    return importFailure('Empty', `${label} is empty: there is nothing in it to analyze.`);
  }
  const read = readLegs(bytes, options.fileName, label);
  if (!read.ok) return read;
  const activities: Activity[] = [];
  for (const leg of read.legs as RawLeg[]) {
    const assembled = assembleActivity(leg, options.nowMs, label);
    if (!assembled.ok) return assembled;
    activities.push(assembled.activity);
  }
  return { ok: true, activities };
}
