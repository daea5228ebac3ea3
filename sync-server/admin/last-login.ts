import { z } from 'zod';
import { RefreshRecord } from '../accounts.ts';
import { bytesJson, jsonBytes } from '../kv.ts';
import type { Logger } from '../log.ts';
import { RecordExists, type RecordOp, type Records } from '../records.ts';
import { lastLoginKey } from './last-login-record.ts';

const MARKER = 'migration:last-login';
const CHUNK = 500;
const DAY_MS = 86_400_000;
const UserDates = z.looseObject({ id: z.string(), createdAt: z.string() });

/**
 * Gives every account made before last-login records existed one: the newest sign-in its refresh
 * tokens show, else its creation time, marked `estimated`. Runs once (a marker record), and only
 * `create`s, so a real sign-in meanwhile on another relay is never overwritten by an estimate.
 */
export async function migrateLastLogins(
  records: Records,
  refreshTokenTtlDays: number,
  log: Logger,
): Promise<number> {
  if (await records.get(MARKER)) return 0;
  const known = new Set(
    (await records.scan('last-login:')).map(([key]) => key.slice('last-login:'.length)),
  );
  const newest = new Map<string, string>();
  for (const [, value] of await records.scan('refresh:')) {
    const token = RefreshRecord.parse(bytesJson(value));
    const issued = new Date(Date.parse(token.expiresAt) - refreshTokenTtlDays * DAY_MS);
    const at = issued.toISOString();
    if ((newest.get(token.userId) ?? '') < at) newest.set(token.userId, at);
  }
  const missing: RecordOp[] = [];
  for (const [, value] of await records.scan('user:')) {
    const user = UserDates.parse(bytesJson(value));
    if (known.has(user.id)) continue;
    const at = newest.get(user.id) ?? user.createdAt;
    missing.push({
      type: 'create',
      key: lastLoginKey(user.id),
      value: jsonBytes({ at, estimated: true }),
    });
  }
  for (let i = 0; i < missing.length; i += CHUNK)
    await createAll(records, missing.slice(i, i + CHUNK));
  await records.put(MARKER, jsonBytes({ at: new Date().toISOString(), accounts: missing.length }));
  if (missing.length > 0)
    log.info({ accounts: missing.length }, 'recorded last sign-in of older accounts');
  return missing.length;
}

/** Creates each record; one that exists already (a sign-in meanwhile) is left as it is. */
async function createAll(records: Records, ops: RecordOp[]) {
  try {
    await records.batch(ops);
  } catch (error) {
    if (!(error instanceof RecordExists)) throw error;
    for (const op of ops) {
      await records.batch([op]).catch((one: unknown) => {
        if (!(one instanceof RecordExists)) throw one;
      });
    }
  }
}
