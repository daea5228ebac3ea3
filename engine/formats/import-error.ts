import type { Activity } from '../activity/types.ts';

/** Why a file could not be read as an activity. Every kind carries a sentence for a person. */
export type ImportErrorType = 'Empty' | 'Truncated' | 'Corrupt' | 'NotAnActivity' | 'UnknownFormat';

export type ImportError = { type: ImportErrorType; message: string };

/** Either the whole activity or a reason: never a partial result presented as whole. */
export type ImportResult = { ok: true; activity: Activity } | { ok: false; error: ImportError };

export function importFailure(type: ImportErrorType, message: string): ImportResult {
  return { ok: false, error: { type, message } };
}
