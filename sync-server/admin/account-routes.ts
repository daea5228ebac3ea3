import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { User } from '../accounts.ts';
import { ApiError } from '../api-error.ts';
import type { Route } from '../api-route.ts';
import { readBody, sendJson } from '../http-json.ts';
import { forbidden, operatorOf, type Operator } from './admin-auth.ts';
import { audited, queryOf, reask, Reasked, type AdminContext } from './admin-context.ts';
import { deleteAccount } from './deletion.ts';
import { AccountQuery } from './directory.ts';
import { loginsOf } from './logins.ts';

const ID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const at = (tail = '') => new RegExp(`^/api/admin/accounts/${ID}${tail}$`);
const RoleBody = Reasked.extend({ role: z.enum(['athlete', 'coach', 'admin']) });
const RevokeBody = Reasked.extend({ familyId: z.string().min(1).max(100).optional() });
const DeleteBody = Reasked.extend({ confirmEmail: z.string().max(254) });

const notFound = () => new ApiError(404, 'account_not_found', 'There is no such account.');

/** The account an action is about, and whether this operator may act on it at all. */
async function targetOf(ctx: AdminContext, op: Operator, userId: string): Promise<User> {
  const user = await ctx.accounts.user(userId);
  if (!user) throw notFound();
  if (user.id === op.user.id) throw forbidden('Use your own Settings to change your own account.');
  const role = await ctx.standing.role(user.id);
  if (role === 'owner') throw forbidden('The owner’s account cannot be changed from the console.');
  if (role === 'admin' && op.role !== 'owner')
    throw forbidden('Only the owner can change an admin.');
  return user;
}

type Action = (
  ctx: AdminContext,
  op: Operator,
  target: User,
  req: IncomingMessage,
) => Promise<unknown>;

/** A POST or DELETE on one account: operator, target, password again, audited. */
function action(
  method: 'POST' | 'DELETE',
  tail: string,
  name: string,
  run: Action,
): (ctx: AdminContext) => Route {
  return (ctx) => ({
    method,
    pattern: at(tail),
    handle: async (req, res, [userId = '']) => {
      const op = await operatorOf(req, ctx, 'admin');
      const target = await ctx.accounts.user(userId);
      const result = await audited(ctx, op, name, target, async () => {
        const user = await targetOf(ctx, op, userId);
        return run(ctx, op, user, req);
      });
      sendJson(res, 200, result ?? { ok: true });
    },
  });
}

const setRole = action('POST', '/role', 'account.role', async (ctx, op, user, req) => {
  const body = await readBody(req, RoleBody);
  await reask(ctx, op.user, body.password);
  const current = await ctx.standing.role(user.id);
  if ((body.role === 'admin' || current === 'admin') && op.role !== 'owner')
    throw forbidden('Only the owner grants or takes admin.');
  await ctx.standing.setRole(user.id, body.role);
  return { role: body.role };
});

const disable = action('POST', '/disable', 'account.disable', async (ctx, op, user, req) => {
  await reask(ctx, op.user, (await readBody(req, Reasked)).password);
  await ctx.standing.setDisabled(user.id, op.user.id);
  // Ending every login refuses its tokens and closes its sockets at once.
  for (const login of await loginsOf(ctx.records, user.id, ctx.refreshTokenTtlDays))
    await ctx.accounts.endLogin(login.familyId);
  return { disabled: true };
});

const enable = action('POST', '/enable', 'account.enable', async (ctx, op, user, req) => {
  await reask(ctx, op.user, (await readBody(req, Reasked)).password);
  await ctx.standing.setDisabled(user.id, null);
  return { disabled: false };
});

const revoke = action(
  'POST',
  '/logins/revoke',
  'account.logins.revoke',
  async (ctx, op, user, req) => {
    const body = await readBody(req, RevokeBody);
    await reask(ctx, op.user, body.password);
    const logins = await loginsOf(ctx.records, user.id, ctx.refreshTokenTtlDays);
    const ending = logins.filter(
      (l) => body.familyId === undefined || l.familyId === body.familyId,
    );
    if (body.familyId !== undefined && ending.length === 0)
      throw new ApiError(404, 'login_not_found', 'That login has already ended.');
    for (const login of ending) await ctx.accounts.endLogin(login.familyId);
    return { ended: ending.length };
  },
);

const remove = action('DELETE', '', 'account.delete', async (ctx, op, user, req) => {
  const body = await readBody(req, DeleteBody);
  await reask(ctx, op.user, body.password);
  if (body.confirmEmail.toLowerCase() !== user.email)
    throw new ApiError(400, 'confirmation_mismatch', 'Type the account’s email to confirm.');
  return deleteAccount(ctx, user);
});

/** Accounts in the console: search, detail, and the actions on one account. */
export function accountRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/admin\/accounts$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        sendJson(res, 200, await ctx.directory.search(queryOf(req, AccountQuery)));
      },
    },
    {
      method: 'GET',
      pattern: at(),
      handle: async (req, res, [userId = '']) => {
        await operatorOf(req, ctx, 'admin');
        const detail = await ctx.directory.detail(userId);
        if (!detail) throw notFound();
        sendJson(res, 200, detail);
      },
    },
    ...[setRole, disable, enable, revoke, remove].map((make) => make(ctx)),
  ];
}
