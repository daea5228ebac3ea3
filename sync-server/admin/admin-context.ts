import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { User } from '../accounts.ts';
import { ApiError } from '../api-error.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { SharedStores } from '../storage.ts';
import type { LogRing } from './log-ring.ts';
import type { MetricHistory } from './metric-history.ts';
import type { ServiceWatch } from './service-watch.ts';
import type { Operator, OperatorCheck } from './admin-auth.ts';
import type { AuditLog } from './audit-log.ts';
import type { DataCheckDeps } from './data-checks.ts';
import type { DeletionDeps } from './deletion.ts';
import type { Directory } from './directory.ts';

/** Everything the console's routes use. */
export type AdminContext = DeletionDeps &
  OperatorCheck &
  DataCheckDeps & {
    audit: AuditLog;
    directory: Directory;
    /** How long a console session token lives (ADMIN_SESSION_TTL_S). */
    sessionTtlS: number;
    log: Logger;
    history: MetricHistory;
    metrics: Metrics;
    shared: SharedStores;
    logs: LogRing;
    /** LOG_FILE, or null when logs go to stdout and memory only. */
    logFile: string | null;
    relayId: string;
    watch: ServiceWatch;
  };

/** The body of every action that changes or removes something: the operator's password again. */
export const Reasked = z.object({ password: z.string().min(1).max(256) });

export function queryOf<T>(req: IncomingMessage, schema: z.ZodType<T>): T {
  const params = Object.fromEntries(new URL(req.url ?? '/', 'http://relay').searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ApiError(400, 'invalid_query', `The query is not valid: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

/** Asks for the operator's password again; a wrong one refuses the action. */
export async function reask(ctx: AdminContext, user: User, password: string) {
  if (!(await ctx.accounts.checkPassword(user, password))) {
    throw new ApiError(403, 'wrong_password', 'That password is not right; nothing was changed.');
  }
}

/**
 * Runs an operator action and writes its audit entry whatever happens: `ok`, `refused` (an
 * ApiError, e.g. a wrong password) or `failed` (anything else, rethrown).
 */
export async function audited<T>(
  ctx: AdminContext,
  op: Operator,
  action: string,
  target: User | null,
  work: () => Promise<T>,
  detail?: (result: T) => string,
): Promise<T> {
  const base = {
    actor: { userId: op.user.id, email: op.user.email },
    action,
    target: target ? { userId: target.id, email: target.email } : null,
    from: op.from,
  };
  try {
    const result = await work();
    await ctx.audit.record({
      ...base,
      result: 'ok',
      ...(detail ? { detail: detail(result) } : {}),
    });
    return result;
  } catch (error) {
    const refused = error instanceof ApiError;
    await ctx.audit.record({
      ...base,
      result: refused ? 'refused' : 'failed',
      detail: refused ? error.code : 'internal error',
    });
    throw error;
  }
}
