import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { User } from '../accounts.ts';
import { ApiError } from '../api-error.ts';
import { ownerOf, prefixCovers } from '../doc-name.ts';
import { bytesJson, jsonBytes } from '../kv.ts';
import type { RecordOp, Records } from '../records.ts';

const SupportGrant = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownerEmail: z.string(),
  athleteId: z.string(),
  /** Document-name prefixes (SharePrefix) support may read. */
  prefixes: z.array(z.string()).min(1),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** When the athlete ended it early; null while it runs its course. */
  endedAt: z.string().nullable(),
});
export type SupportGrant = z.infer<typeof SupportGrant>;

/** The longest a grant may last: seven days. */
export const MAX_SUPPORT_S = 7 * 86_400;

// Keys: support:<id> holds the grant; support-of:<ownerId>:<id> lists an athlete's grants;
// support-open:<id> lists the grants not yet ended, pruned as they expire.
/**
 * Support access: an athlete grants the relay's admins (the `support` role) a read-only view of
 * chosen documents until a time; the relay checks the grant at every read.
 */
export class SupportGrants {
  constructor(private readonly records: Records) {}

  async grant(
    owner: User,
    prefixes: string[],
    durationS: number,
    nowMs: number,
  ): Promise<SupportGrant> {
    if (prefixes.some((p) => ownerOf(`${p}/`) !== owner.athleteId)) {
      throw new ApiError(403, 'not_owner', 'You can only grant access to your own documents.');
    }
    const grant: SupportGrant = {
      id: randomUUID(),
      ownerId: owner.id,
      ownerEmail: owner.email,
      athleteId: owner.athleteId,
      prefixes: [...new Set(prefixes)],
      createdAt: new Date(nowMs).toISOString(),
      expiresAt: new Date(nowMs + durationS * 1000).toISOString(),
      endedAt: null,
    };
    await this.records.batch([
      { type: 'put', key: `support:${grant.id}`, value: jsonBytes(grant) },
      { type: 'put', key: `support-of:${owner.id}:${grant.id}`, value: jsonBytes({}) },
      { type: 'put', key: `support-open:${grant.id}`, value: jsonBytes({}) },
    ]);
    return grant;
  }

  /** An athlete's grants, newest first (ended and expired ones too, so they can see the history). */
  async of(ownerId: string): Promise<SupportGrant[]> {
    const keys = await this.records.scan(`support-of:${ownerId}:`);
    const grants = await Promise.all(keys.map(([key]) => this.read(key.split(':')[2] ?? '')));
    return grants
      .filter((g): g is SupportGrant => g !== null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The athlete ends a grant now; support loses the documents at its next read. */
  async end(ownerId: string, id: string, nowMs: number): Promise<SupportGrant> {
    const grant = await this.read(id);
    if (!grant || grant.ownerId !== ownerId) {
      throw new ApiError(
        404,
        'grant_not_found',
        'There is no such support access on your account.',
      );
    }
    const ended = { ...grant, endedAt: grant.endedAt ?? new Date(nowMs).toISOString() };
    await this.records.batch([
      { type: 'put', key: `support:${id}`, value: jsonBytes(ended) },
      { type: 'del', key: `support-open:${id}` },
    ]);
    return ended;
  }

  /** Every grant still running at `nowMs`; expired ones leave the open list as they are met. */
  async running(nowMs: number): Promise<SupportGrant[]> {
    const keys = await this.records.scan('support-open:');
    const grants = await Promise.all(keys.map(([key]) => this.read(key.slice(13))));
    const over = grants.filter((g): g is SupportGrant => g !== null && !isRunning(g, nowMs));
    if (over.length > 0) {
      await this.records.batch(over.map((g) => ({ type: 'del', key: `support-open:${g.id}` })));
    }
    return grants.filter((g): g is SupportGrant => g !== null && isRunning(g, nowMs));
  }

  /** The grant, if it is running and covers `docName` (when given); else a refusal. */
  async check(id: string, nowMs: number, docName?: string): Promise<SupportGrant> {
    const grant = await this.read(id);
    if (!grant || !isRunning(grant, nowMs)) {
      throw new ApiError(
        410,
        'support_ended',
        'This support access has ended; the athlete can grant it again.',
      );
    }
    if (docName !== undefined && !grant.prefixes.some((p) => prefixCovers(p, docName))) {
      throw new ApiError(403, 'not_granted', 'The athlete did not grant access to this document.');
    }
    return grant;
  }

  /** The records to delete with an account. */
  async forget(ownerId: string): Promise<RecordOp[]> {
    const grants = await this.of(ownerId);
    return grants.flatMap((g) => [
      { type: 'del' as const, key: `support:${g.id}` },
      { type: 'del' as const, key: `support-of:${ownerId}:${g.id}` },
      { type: 'del' as const, key: `support-open:${g.id}` },
    ]);
  }

  private async read(id: string): Promise<SupportGrant | null> {
    const bytes = await this.records.get(`support:${id}`);
    return bytes ? SupportGrant.parse(bytesJson(bytes)) : null;
  }
}

export function isRunning(grant: SupportGrant, nowMs: number): boolean {
  return grant.endedAt === null && Date.parse(grant.expiresAt) > nowMs;
}
