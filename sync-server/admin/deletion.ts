import type { AccessGuard } from '../access-guard.ts';
import type { Accounts, User } from '../accounts.ts';
import type { DocRegistry } from '../doc-registry.ts';
import type { DocStorage } from '../doc-storage.ts';
import type { RecordOp, Records } from '../records.ts';
import type { Shares } from '../shares.ts';
import { lastLoginKey } from './last-login-record.ts';
import { loginKeysOf, loginsOf } from './logins.ts';
import type { Standing } from './standing.ts';
import type { SupportGrants } from './support-grants.ts';

export type DeletionDeps = {
  records: Records;
  accounts: Accounts;
  shares: Shares;
  standing: Standing;
  access: AccessGuard;
  registry: DocRegistry;
  docs: DocStorage;
  refreshTokenTtlDays: number;
  support: SupportGrants;
};

export type Deleted = { shares: number; documentRecords: number };

/**
 * Deletes an account and everything of it the relay holds: its logins (its connections close at
 * once), its sign-in records, the shares it gave and received (their grantees lose access at
 * once), and its documents. The athlete's devices keep their own copies. One function for the
 * athlete deleting their account and for an operator deleting it.
 */
export async function deleteAccount(deps: DeletionDeps, user: User): Promise<Deleted> {
  const { records, accounts, shares } = deps;
  // No new sign-in can start once the pointers are gone; ending each login closes its sockets.
  await records.batch([
    { type: 'del', key: `email:${user.email}` },
    { type: 'del', key: `athlete:${user.athleteId}` },
  ]);
  for (const login of await loginsOf(records, user.id, deps.refreshTokenTtlDays))
    await accounts.endLogin(login.familyId);
  const { given, received } = await shares.list(user.id);
  for (const share of [...given, ...received]) {
    const { granteeId } = await shares.remove(user.id, share.id);
    if (granteeId && granteeId !== user.id) deps.access.recheckUser(granteeId);
  }
  const prefix = `${user.athleteId}/`;
  await deps.registry.dropUnder(prefix, 'this account was deleted');
  const documentRecords = await deps.docs.removeUnder(prefix);
  const sizes = await records.scan(`docsize:${prefix}`);
  const rest: RecordOp[] = [
    ...(await loginKeysOf(records, user.id)).map((key): RecordOp => ({ type: 'del', key })),
    ...sizes.map(([key]): RecordOp => ({ type: 'del', key })),
    ...deps.standing.forget(user.id),
    ...(await deps.support.forget(user.id)),
    { type: 'del', key: lastLoginKey(user.id) },
    { type: 'del', key: `user:${user.id}` },
  ];
  await records.batch(rest);
  return { shares: given.length + received.length, documentRecords };
}
