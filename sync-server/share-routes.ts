import { z } from 'zod';
import type { Accounts } from './accounts.ts';
import type { Route } from './api-route.ts';
import { SharePrefix } from './doc-name.ts';
import { readBody, sendJson } from './http-json.ts';
import type { Shares } from './shares.ts';
import { signedInUser } from './signed-in.ts';

const ShareBody = z.object({
  prefix: SharePrefix,
  role: z.enum(['editor', 'viewer']),
  email: z.email().max(254),
});
const AcceptBody = z.object({ token: z.string().min(1).max(200) });

export type ShareRouteDeps = {
  accounts: Accounts;
  shares: Shares;
  signingKey: Uint8Array;
  /** A share was removed: re-check that grantee's open connections. */
  onGrantsChanged: (userId: string) => void;
};

/** Sharing: invite, accept, list and remove. */
export function shareRoutes(deps: ShareRouteDeps): Route[] {
  const { shares } = deps;
  const user = (req: Parameters<Route['handle']>[0]) =>
    signedInUser(req, deps.accounts, deps.signingKey);
  return [
    {
      method: 'POST',
      pattern: /^\/api\/shares$/,
      handle: async (req, res) => {
        const owner = await user(req);
        const body = await readBody(req, ShareBody);
        sendJson(res, 201, await shares.create(owner, body.prefix, body.role, body.email));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/shares\/accept$/,
      handle: async (req, res) => {
        const grantee = await user(req);
        const body = await readBody(req, AcceptBody);
        sendJson(res, 200, await shares.accept(grantee, body.token));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/shares$/,
      handle: async (req, res) => sendJson(res, 200, await shares.list((await user(req)).id)),
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/shares\/([0-9a-f-]{36})$/,
      handle: async (req, res, [id]) => {
        const { granteeId } = await shares.remove((await user(req)).id, id ?? '');
        if (granteeId) deps.onGrantsChanged(granteeId);
        sendJson(res, 204, null);
      },
    },
  ];
}
