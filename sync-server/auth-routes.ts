import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Accounts } from './accounts.ts';
import { ApiError } from './api-error.ts';
import type { Route } from './api-route.ts';
import { AthleteId } from './doc-name.ts';
import { readBody, sendJson } from './http-json.ts';
import type { WindowLimiter } from './rate-limit.ts';
import { signedInUser } from './signed-in.ts';

const Email = z.email().max(254);
const Credentials = z.object({ email: Email, password: z.string().min(8).max(256) });
const Register = Credentials.extend({ athleteId: AthleteId.optional() });
const RefreshBody = z.object({ refreshToken: z.string().min(1).max(200) });

export type AuthRouteDeps = {
  accounts: Accounts;
  signingKey: Uint8Array;
  loginLimiter: WindowLimiter;
};

/** Sign-up, sign-in, token refresh, sign-out and who am I. */
export function authRoutes(deps: AuthRouteDeps): Route[] {
  const { accounts } = deps;
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
  return [
    {
      method: 'POST',
      pattern: /^\/api\/auth\/register$/,
      handle: async (req, res) => {
        refuseIfLimited(req);
        countAttempt(req);
        const body = await readBody(req, Register);
        sendJson(res, 201, await accounts.register(body.email, body.password, body.athleteId));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/auth\/login$/,
      handle: async (req, res) => {
        refuseIfLimited(req);
        const body = await readBody(req, Credentials);
        try {
          sendJson(res, 200, await accounts.login(body.email, body.password));
        } catch (error) {
          if (error instanceof ApiError && error.code === 'invalid_login') countAttempt(req);
          throw error;
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/auth\/refresh$/,
      handle: async (req, res) => {
        const body = await readBody(req, RefreshBody);
        sendJson(res, 200, await accounts.refresh(body.refreshToken));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/auth\/logout$/,
      handle: async (req, res) => {
        const body = await readBody(req, RefreshBody);
        await accounts.logout(body.refreshToken);
        sendJson(res, 204, null);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/me$/,
      handle: async (req, res) => {
        const user = await signedInUser(req, accounts, deps.signingKey);
        sendJson(res, 200, { userId: user.id, email: user.email, athleteId: user.athleteId });
      },
    },
  ];
}
