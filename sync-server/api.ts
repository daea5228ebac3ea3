import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Accounts, User } from './accounts.ts';
import { ApiError } from './api-error.ts';
import { AthleteId, SharePrefix } from './doc-name.ts';
import { bearerToken, readBody, sendError, sendJson } from './http-json.ts';
import type { Logger } from './log.ts';
import { StoreUnavailable } from './reachability.ts';
import type { WindowLimiter } from './rate-limit.ts';
import type { Shares } from './shares.ts';
import { verifyAccessToken } from './tokens.ts';

const Email = z.email().max(254);
const Credentials = z.object({ email: Email, password: z.string().min(8).max(256) });
const Register = Credentials.extend({ athleteId: AthleteId.optional() });
const RefreshBody = z.object({ refreshToken: z.string().min(1).max(200) });
const ShareBody = z.object({
  prefix: SharePrefix,
  role: z.enum(['editor', 'viewer']),
  email: Email,
});
const AcceptBody = z.object({ token: z.string().min(1).max(200) });

export type ApiDeps = {
  accounts: Accounts;
  shares: Shares;
  signingKey: Uint8Array;
  loginLimiter: WindowLimiter;
  log: Logger;
  /** A share was removed: re-check that grantee's open connections. */
  onGrantsChanged: (userId: string) => void;
};

/** How long a client should wait before retrying while a store is unreachable. */
const RETRY_AFTER_S = 5;

function storeUnavailable(error: StoreUnavailable) {
  const what = error.dependency === 'redis' ? 'Redis' : 'its database';
  return new ApiError(
    503,
    'store_unavailable',
    `The relay cannot reach ${what} right now, so this could not be done. Please try again in a moment.`,
    { 'retry-after': String(RETRY_AFTER_S) },
  );
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

/** The JSON API under /api. */
export function createApi(deps: ApiDeps) {
  const { accounts, shares } = deps;

  // Failed logins and all registrations count: both cost a slow hash, and failures are guesses.
  const ipOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';
  const refuseIfLimited = (req: IncomingMessage) => {
    const waitS = deps.loginLimiter.waitS(ipOf(req), Date.now());
    if (waitS > 0) {
      throw new ApiError(
        429,
        'too_many_attempts',
        `Too many sign-in attempts from this address; try again in ${waitS} s.`,
        { 'retry-after': String(waitS) },
      );
    }
  };
  const countAttempt = (req: IncomingMessage) => deps.loginLimiter.hit(ipOf(req), Date.now());

  const signedIn = async (req: IncomingMessage): Promise<User> => {
    const token = bearerToken(req);
    const unauthenticated = new ApiError(401, 'unauthenticated', 'Sign in to do this.');
    if (!token) throw unauthenticated;
    const check = await verifyAccessToken(deps.signingKey, token);
    if (!check.ok) {
      throw check.reason === 'expired'
        ? new ApiError(401, 'token_expired', 'Your session token has expired; refresh it.')
        : unauthenticated;
    }
    if (!(await accounts.isFamilyActive(check.claims.familyId))) throw unauthenticated;
    const user = await accounts.user(check.claims.userId);
    if (!user) throw unauthenticated;
    return user;
  };

  const routes: Array<[string, RegExp, Handler]> = [
    [
      'POST',
      /^\/api\/auth\/register$/,
      async (req, res) => {
        refuseIfLimited(req);
        countAttempt(req);
        const body = await readBody(req, Register);
        sendJson(res, 201, await accounts.register(body.email, body.password, body.athleteId));
      },
    ],
    [
      'POST',
      /^\/api\/auth\/login$/,
      async (req, res) => {
        refuseIfLimited(req);
        const body = await readBody(req, Credentials);
        try {
          sendJson(res, 200, await accounts.login(body.email, body.password));
        } catch (error) {
          if (error instanceof ApiError && error.code === 'invalid_login') countAttempt(req);
          throw error;
        }
      },
    ],
    [
      'POST',
      /^\/api\/auth\/refresh$/,
      async (req, res) => {
        const body = await readBody(req, RefreshBody);
        sendJson(res, 200, await accounts.refresh(body.refreshToken));
      },
    ],
    [
      'POST',
      /^\/api\/auth\/logout$/,
      async (req, res) => {
        const body = await readBody(req, RefreshBody);
        await accounts.logout(body.refreshToken);
        sendJson(res, 204, null);
      },
    ],
    [
      'GET',
      /^\/api\/me$/,
      async (req, res) => {
        const user = await signedIn(req);
        sendJson(res, 200, { userId: user.id, email: user.email, athleteId: user.athleteId });
      },
    ],
    [
      'POST',
      /^\/api\/shares$/,
      async (req, res) => {
        const user = await signedIn(req);
        const body = await readBody(req, ShareBody);
        sendJson(res, 201, await shares.create(user, body.prefix, body.role, body.email));
      },
    ],
    [
      'POST',
      /^\/api\/shares\/accept$/,
      async (req, res) => {
        const user = await signedIn(req);
        const body = await readBody(req, AcceptBody);
        sendJson(res, 200, await shares.accept(user, body.token));
      },
    ],
    [
      'GET',
      /^\/api\/shares$/,
      async (req, res) => {
        const user = await signedIn(req);
        sendJson(res, 200, await shares.list(user.id));
      },
    ],
    [
      'DELETE',
      /^\/api\/shares\/([0-9a-f-]{36})$/,
      async (req, res, [id]) => {
        const user = await signedIn(req);
        const { granteeId } = await shares.remove(user.id, id ?? '');
        if (granteeId) deps.onGrantsChanged(granteeId);
        sendJson(res, 204, null);
      },
    ],
  ];

  /** Answers false when the path is not under /api. */
  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    if (path !== '/api' && !path.startsWith('/api/')) return false;
    try {
      const matching = routes.filter(([, pattern]) => pattern.test(path));
      const route = matching.find(([method]) => method === req.method);
      if (!route) {
        throw matching.length > 0
          ? new ApiError(405, 'method_not_allowed', `${req.method} is not supported here.`, {
              allow: matching.map(([m]) => m).join(', '),
            })
          : new ApiError(404, 'not_found', 'There is no such API endpoint.');
      }
      const params = route[1].exec(path)?.slice(1) ?? [];
      await route[2](req, res, params);
    } catch (error) {
      if (error instanceof ApiError) {
        sendError(res, error);
      } else if (error instanceof StoreUnavailable) {
        // Logged once when the store went away; the client is told to retry, not that it erred.
        sendError(res, storeUnavailable(error));
      } else {
        deps.log.error({ err: error, path }, 'API request failed');
        sendError(res, new ApiError(500, 'internal', 'Something went wrong on the relay.'));
      }
    }
    return true;
  };
}
