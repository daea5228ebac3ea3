import { deriveMissingStreams } from '../activity/derive-streams.ts';
import { importFit } from './fit/import-fit.ts';
import { importGpx } from './gpx/import-gpx.ts';
import { importFailure, type ImportResult } from './import-error.ts';
import { sniffFormat } from './sniff-format.ts';
import { importTcx } from './tcx/import-tcx.ts';

export type { ImportError, ImportErrorType, ImportResult } from './import-error.ts';

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00) return false;
  }
  return true;
}

/**
 * Reads a FIT, GPX or TCX file into the normalized Activity. The format is sniffed from the bytes
 * (the name only breaks a tie for a FIT file cut off inside its header). Either the whole activity
 * comes back, or a typed error with a sentence a person can act on.
 */
export function importActivity(bytes: Uint8Array, fileName?: string): ImportResult {
  const label = fileName ? `"${fileName}"` : 'This file';
  if (bytes.length === 0 || isBlank(bytes)) {
    return importFailure('Empty', `${label} is empty: there is nothing in it to analyze.`);
  }
  const format = sniffFormat(bytes, fileName);
  let result: ImportResult;
  if (format === 'fit') result = importFit(bytes);
  else if (format === 'gpx') result = importGpx(new TextDecoder().decode(bytes));
  else if (format === 'tcx') result = importTcx(new TextDecoder().decode(bytes));
  else {
    return importFailure(
      'UnknownFormat',
      `${label} is not a FIT, GPX or TCX activity file, so it cannot be analyzed.`,
    );
  }
  if (!result.ok) return result;
  return {
    ok: true,
    activity: { ...result.activity, streams: deriveMissingStreams(result.activity.streams) },
  };
}
