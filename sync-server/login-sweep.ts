import { z } from 'zod';
import { RefreshRecord, UsedRecord } from './accounts.ts';
import { bytesJson } from './kv.ts';
import type { RecordOp, Records } from './records.ts';

/**
 * A refresh token's records stay this long after it expired. A rotation that began while the
 * token was still valid has long finished by then, so the sweep never removes the token (and
 * with it the family) that such a rotation is extending.
 */
export const SWEEP_GRACE_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Deletes go out in batches of this many, so one sweep never holds a huge transaction. */
const DELETE_BATCH = 500;

export type SweepCounts = { refresh: number; used: number; families: number };

/**
 * Removes login records that can no longer matter: `refresh:` and `used:` records of tokens
 * that expired over SWEEP_GRACE_MS ago, and `family:` records with no token left. Until a token
 * expires its records stay, so presenting a rotated token is detected as reuse for as long as
 * the token could have been valid. Safe to run on several relays at once (deletes only).
 */
export async function sweepExpiredLogins(
  db: Records,
  refreshTokenTtlDays: number,
  nowMs: number,
): Promise<SweepCounts> {
  const cutoffMs = nowMs - SWEEP_GRACE_MS;
  // Families first: a login made after this scan is not a candidate, and every family listed
  // here already had its first token (they are written in one batch).
  const families = (await db.scan('family:')).map(([key]) => key.slice('family:'.length));
  const liveFamilies = new Set<string>();
  const doomed: RecordOp[] = [];
  const counts: SweepCounts = { refresh: 0, used: 0, families: 0 };

  for (const [key, value] of await db.scan('refresh:')) {
    const record = parse(RefreshRecord, value);
    if (record && Date.parse(record.expiresAt) > cutoffMs) {
      liveFamilies.add(record.familyId);
      continue;
    }
    // A record nobody can read cannot sign anyone in either.
    doomed.push({ type: 'del', key });
    counts.refresh += 1;
  }
  for (const [key, value] of await db.scan('used:')) {
    const record = parse(UsedRecord, value);
    // No expiry stored: the token expired at the latest one lifetime after it was used.
    const expiresMs = record
      ? Date.parse(record.expiresAt ?? '') ||
        Date.parse(record.usedAt) + refreshTokenTtlDays * DAY_MS
      : -Infinity;
    if (expiresMs > cutoffMs) continue;
    doomed.push({ type: 'del', key });
    counts.used += 1;
  }
  for (const familyId of families) {
    if (liveFamilies.has(familyId)) continue;
    doomed.push({ type: 'del', key: `family:${familyId}` });
    counts.families += 1;
  }
  for (let i = 0; i < doomed.length; i += DELETE_BATCH)
    await db.batch(doomed.slice(i, i + DELETE_BATCH));
  return counts;
}

function parse<T>(schema: z.ZodType<T>, value: Uint8Array): T | null {
  try {
    const parsed = schema.safeParse(bytesJson(value));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}
