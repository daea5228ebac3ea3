import type { IncomingMessage } from 'node:http';
import type { Accounts, User } from './accounts.ts';
import { ApiError } from './api-error.ts';
import { bearerToken } from './http-json.ts';
import { verifyAccessToken } from './tokens.ts';

/** The account behind a request's bearer token; 401 when there is none or its login ended. */
export async function signedInUser(
  req: IncomingMessage,
  accounts: Accounts,
  signingKey: Uint8Array,
): Promise<User> {
  const token = bearerToken(req);
  const unauthenticated = new ApiError(401, 'unauthenticated', 'Sign in to do this.');
  if (!token) throw unauthenticated;
  const check = await verifyAccessToken(signingKey, token);
  if (!check.ok) {
    throw check.reason === 'expired'
      ? new ApiError(401, 'token_expired', 'Your session token has expired; refresh it.')
      : unauthenticated;
  }
  if (!(await accounts.isFamilyActive(check.claims.familyId))) throw unauthenticated;
  const user = await accounts.user(check.claims.userId);
  if (!user) throw unauthenticated;
  return user;
}
