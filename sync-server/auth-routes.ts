import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Accounts } from './accounts.ts';
import { ApiError } from './api-error.ts';
import type { Route } from './api-route.ts';
import { AthleteId } from './doc-name.ts';
import { readBody, sendJson } from './http-json.ts';
import { describeProblem, passwordProblem } from './password-policy.ts';
import type { Counts, SignInGate } from './sign-in-gate.ts';
import { signedInUser } from './signed-in.ts';

const Email = z.email().max(254);
// Sign-in takes any password an account may have; sign-up applies the policy (password-policy.ts).
const Credentials = z.object({ email: Email, password: z.string().min(1).max(256) });
const Register = Credentials.extend({ athleteId: AthleteId.optional() });
const RefreshBody = z.object({ refreshToken: z.string().min(1).max(200) });

export type AuthRouteDeps = {
  accounts: Accounts;
  signingKey: Uint8Array;
  signIn: SignInGate;
};

const ipOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';
// Every sign-up counts (each costs a hash); a sign-in counts only when it was a wrong guess.
const always = () => true;
const guesses: Counts = (outcome) =>
  !outcome.ok && outcome.error instanceof ApiError && outcome.error.code === 'invalid_login';

/** Sign-up, sign-in, token refresh, sign-out and who am I. */
export function authRoutes(deps: AuthRouteDeps): Route[] {
  const { accounts, signIn } = deps;
  return [
    {
      method: 'POST',
      pattern: /^\/api\/auth\/register$/,
      handle: async (req, res) => {
        const body = await readBody(req, Register);
        const problem = passwordProblem(body.password, body.email);
        if (problem) throw new ApiError(400, 'weak_password', describeProblem(problem));
        const session = await signIn.attempt(
          ipOf(req),
          () => accounts.register(body.email, body.password, body.athleteId),
          always,
        );
        sendJson(res, 201, session);
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/auth\/login$/,
      handle: async (req, res) => {
        const body = await readBody(req, Credentials);
        const login = () => accounts.login(body.email, body.password);
        sendJson(res, 200, await signIn.attempt(ipOf(req), login, guesses));
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
