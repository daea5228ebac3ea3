import type { Route } from '../api-route.ts';
import type { Logger } from '../log.ts';
import { accountRoutes } from './account-routes.ts';
import type { AdminContext } from './admin-context.ts';
import { AuditLog } from './audit-log.ts';
import { dataCheckRoutes } from './data-check-routes.ts';
import { auditRoutes } from './audit-routes.ts';
import { Directory } from './directory.ts';
import { logRoutes } from './log-routes.ts';
import { meRoutes } from './me-routes.ts';
import { serviceRoutes } from './service-routes.ts';
import { sessionRoutes } from './session-routes.ts';
import { SupportGrants } from './support-grants.ts';
import { supportConsoleRoutes, supportGrantRoutes } from './support-routes.ts';

export type AdminSetup = Omit<AdminContext, 'audit' | 'directory' | 'support'>;

/** The console's API (`/api/admin/*`) and the athlete's own account routes (`/api/me…`). */
export function adminRoutes(setup: AdminSetup): Route[] {
  const ctx: AdminContext = {
    ...setup,
    audit: new AuditLog(setup.records),
    support: new SupportGrants(setup.records),
    directory: new Directory(
      setup.records,
      setup.accounts,
      setup.shares,
      setup.standing,
      setup.refreshTokenTtlDays,
    ),
  };
  return [
    ...sessionRoutes(ctx),
    ...accountRoutes(ctx),
    ...auditRoutes(ctx),
    ...serviceRoutes(ctx),
    ...logRoutes(ctx),
    ...dataCheckRoutes(ctx),
    ...supportGrantRoutes(ctx),
    ...supportConsoleRoutes(ctx),
    ...meRoutes(ctx),
  ];
}

/** OWNER_EMAIL names the owner at start-up: that account, when it exists, becomes owner. */
export async function promoteOwner(
  ownerEmail: string | undefined,
  setup: Pick<AdminSetup, 'accounts' | 'standing'>,
  log: Logger,
): Promise<void> {
  if (!ownerEmail) return;
  const user = await setup.accounts.userByEmail(ownerEmail);
  if (!user) {
    log.warn(
      { ownerEmail },
      'OWNER_EMAIL names no account yet: create it with `npm run -s relay -- create-owner`',
    );
    return;
  }
  if ((await setup.standing.role(user.id)) === 'owner') return;
  await setup.standing.setRole(user.id, 'owner');
  log.info({ user: user.id }, 'owner named by OWNER_EMAIL');
}
