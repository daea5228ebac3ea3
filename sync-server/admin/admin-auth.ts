import type { IncomingMessage } from 'node:http';
import type { Accounts, User } from '../accounts.ts';
import { ApiError } from '../api-error.ts';
import { bearerToken } from '../http-json.ts';
import { verifyAdminToken } from './admin-token.ts';
import { isOperator, type AccountRole, type Standing } from './standing.ts';

/** Who is calling an `/api/admin/*` route, judged on the server at every request. */
export type Operator = { user: User; role: AccountRole; familyId: string; from: string };

export type OperatorCheck = {
  accounts: Accounts;
  standing: Standing;
  signingKey: Uint8Array;
};

export const fromOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/**
 * The operator behind a console session token: refused when there is none, it expired, its login
 * ended, the account is gone or disabled, or its role is not enough (`owner` routes need owner).
 */
export async function operatorOf(
  req: IncomingMessage,
  check: OperatorCheck,
  need: 'admin' | 'owner',
): Promise<Operator> {
  const token = bearerToken(req);
  const unauthenticated = new ApiError(401, 'unauthenticated', 'Open a console session first.');
  if (!token) throw unauthenticated;
  const verdict = await verifyAdminToken(check.signingKey, token);
  if (!verdict.ok) {
    throw verdict.reason === 'expired'
      ? new ApiError(401, 'admin_session_expired', 'Your console session ended; sign in again.')
      : unauthenticated;
  }
  const { userId, familyId } = verdict.claims;
  if (!(await check.accounts.isFamilyActive(familyId))) throw unauthenticated;
  const user = await check.accounts.user(userId);
  if (!user) throw unauthenticated;
  return judged(user, familyId, fromOf(req), check.standing, need);
}

/** The checks every operator passes, whichever token brought them. */
export async function judged(
  user: User,
  familyId: string,
  from: string,
  standing: Standing,
  need: 'admin' | 'owner',
): Promise<Operator> {
  if (await standing.disabled(user.id)) {
    throw new ApiError(403, 'account_disabled', 'This account is disabled on this relay.');
  }
  const role = await standing.role(user.id);
  if (!isOperator(role)) throw forbidden('Only the relay’s admins can use the console.');
  if (need === 'owner' && role !== 'owner') throw forbidden('Only the relay’s owner can do this.');
  return { user, role, familyId, from };
}
