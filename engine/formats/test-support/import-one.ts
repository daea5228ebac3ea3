import type { Activity } from '../../activity/types.ts';
import { importActivity, type ImportResult } from '../import-activity.ts';

/** "Now" for tests: fixed, so date checks do not depend on when the suite runs. */
export const TEST_NOW_MS = Date.UTC(2027, 0, 1);

export function importBytes(bytes: Uint8Array | string, fileName?: string): ImportResult {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return importActivity(data, { fileName, nowMs: TEST_NOW_MS });
}

/** The file's activities; throws with the importer's own message when it refuses the file. */
export function importAll(bytes: Uint8Array | string, fileName?: string): Activity[] {
  const result = importBytes(bytes, fileName);
  if (!result.ok)
    throw new Error(`expected an activity, got ${result.error.type}: ${result.error.message}`);
  return result.activities;
}

/** The one activity of a single-sport file. */
export function importOne(bytes: Uint8Array | string, fileName?: string): Activity {
  const activities = importAll(bytes, fileName);
  if (activities.length !== 1) throw new Error(`expected one activity, got ${activities.length}`);
  return activities[0]!;
}
