import { ApiError } from '../api-error.ts';
import type { Route } from '../api-route.ts';
import { readBody, sendJson } from '../http-json.ts';
import { signedInUser } from '../signed-in.ts';
import { reask, Reasked, type AdminContext } from './admin-context.ts';
import { deleteAccount } from './deletion.ts';

/** What an athlete does about their own account: delete it, and read what operators did to it. */
export function meRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'DELETE',
      pattern: /^\/api\/me$/,
      handle: async (req, res) => {
        const user = await signedInUser(req, ctx.accounts, ctx.signingKey);
        const body = await readBody(req, Reasked);
        await reask(ctx, user, body.password);
        if ((await ctx.standing.role(user.id)) === 'owner') {
          throw new ApiError(
            409,
            'owner_account',
            'The relay’s owner account cannot be deleted here; name another owner first.',
          );
        }
        const deleted = await deleteAccount(ctx, user);
        ctx.log.info({ user: user.id, ...deleted }, 'account deleted by its athlete');
        sendJson(res, 200, deleted);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/me\/audit$/,
      handle: async (req, res) => {
        const user = await signedInUser(req, ctx.accounts, ctx.signingKey);
        // The operator's address is for the relay's records, not for the athlete.
        const entries = (await ctx.audit.about(user.id)).map(({ from: _from, ...entry }) => entry);
        sendJson(res, 200, { entries });
      },
    },
  ];
}
