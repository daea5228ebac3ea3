import type { Activity } from '../activity/types.ts';

/** Why a file could not be read as an activity. Every kind carries a sentence for a person. */
export type ImportErrorType =
  'Empty' | 'Truncated' | 'Corrupt' | 'NotAnActivity' | 'UnknownFormat' | 'ImplausibleDate';

export type ImportError = { type: ImportErrorType; message: string };

export type ImportFailure = { ok: false; error: ImportError };

/**
 * Every activity in the file (one per leg of a multisport file, sharing `multisport.groupId`),
 * each with the notes of what was repaired or left out; or a reason nothing could be imported.
 */
export type ImportResult = { ok: true; activities: Activity[] } | ImportFailure;

export function importFailure(type: ImportErrorType, message: string): ImportFailure {
  return { ok: false, error: { type, message } };
}
