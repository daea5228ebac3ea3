import { ownerOf, prefixCovers } from './doc-name.ts';

export type ShareRole = 'editor' | 'viewer';
export type Role = 'owner' | ShareRole;
export type Grant = { prefix: string; role: ShareRole };

/** What a user whose own athlete id is `athleteId` may do with `docName`; null means nothing. */
export function roleFor(docName: string, athleteId: string, grants: readonly Grant[]): Role | null {
  if (ownerOf(docName) === athleteId) return 'owner';
  let best: Role | null = null;
  for (const grant of grants) {
    if (!prefixCovers(grant.prefix, docName)) continue;
    if (grant.role === 'editor') return 'editor';
    best = 'viewer';
  }
  return best;
}

export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}
