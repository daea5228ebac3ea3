import type { Route } from '../api-route.ts';
import { bearerToken, readBody, sendJson } from '../http-json.ts';
import { signedInUser } from '../signed-in.ts';
import { verifyAccessToken } from '../tokens.ts';
import { fromOf, judged, operatorOf } from './admin-auth.ts';
import { signAdminToken } from './admin-token.ts';
import { audited, reask, Reasked, type AdminContext } from './admin-context.ts';

/** Opening a console session (the password again, for a short-lived token) and who am I. */
export function sessionRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/admin\/session$/,
      handle: async (req, res) => {
        const user = await signedInUser(req, ctx.accounts, ctx.signingKey);
        const check = await verifyAccessToken(ctx.signingKey, bearerToken(req) ?? '');
        if (!check.ok) throw new Error('a token signedInUser accepted did not verify');
        const op = await judged(user, check.claims.familyId, fromOf(req), ctx.standing, 'admin');
        const body = await readBody(req, Reasked);
        const token = await audited(ctx, op, 'console.open', null, async () => {
          await reask(ctx, op.user, body.password);
          return signAdminToken(
            ctx.signingKey,
            { userId: user.id, familyId: op.familyId },
            ctx.sessionTtlS,
          );
        });
        sendJson(res, 201, {
          token,
          expiresAt: new Date(Date.now() + ctx.sessionTtlS * 1000).toISOString(),
          role: op.role,
          email: user.email,
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/admin\/me$/,
      handle: async (req, res) => {
        const op = await operatorOf(req, ctx, 'admin');
        sendJson(res, 200, { userId: op.user.id, email: op.user.email, role: op.role });
      },
    },
  ];
}
