import { z } from 'zod';
import { RefreshRecord } from '../accounts.ts';
import { bytesJson } from '../kv.ts';
import type { Records } from '../records.ts';

const Family = z.object({ userId: z.string(), revokedAt: z.string().nullable() });

/** One signed-in device or browser: a login family and when it last refreshed its token. */
export type Login = { familyId: string; lastActiveAt: string | null };

const DAY_MS = 86_400_000;

/**
 * An account's live logins. A refresh token is issued at sign-in and at every refresh (each
 * access-token lifetime while the app is open), and its expiry is its issue time plus the refresh
 * TTL, so the newest unspent token of a login tells when that device was last active.
 */
export async function loginsOf(
  records: Records,
  userId: string,
  refreshTokenTtlDays: number,
): Promise<Login[]> {
  const families = new Map<string, string | null>();
  for (const [key, value] of await records.scan('family:')) {
    const family = Family.parse(bytesJson(value));
    if (family.userId === userId && family.revokedAt === null)
      families.set(key.slice('family:'.length), null);
  }
  if (families.size === 0) return [];
  for (const [, value] of await records.scan('refresh:')) {
    const token = RefreshRecord.parse(bytesJson(value));
    if (token.userId !== userId || !families.has(token.familyId)) continue;
    const issued = new Date(
      Date.parse(token.expiresAt) - refreshTokenTtlDays * DAY_MS,
    ).toISOString();
    const known = families.get(token.familyId) ?? null;
    if (known === null || issued > known) families.set(token.familyId, issued);
  }
  return [...families].map(([familyId, lastActiveAt]) => ({ familyId, lastActiveAt }));
}

/** Every login family of an account, ended or not, and their refresh tokens (for deletion). */
export async function loginKeysOf(records: Records, userId: string): Promise<string[]> {
  const families = new Set<string>();
  for (const [key, value] of await records.scan('family:')) {
    if (Family.parse(bytesJson(value)).userId === userId) families.add(key);
  }
  const tokens: string[] = [];
  for (const [key, value] of await records.scan('refresh:')) {
    if (RefreshRecord.parse(bytesJson(value)).userId === userId) tokens.push(key);
  }
  return [...families, ...tokens];
}
