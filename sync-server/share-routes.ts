import { z } from 'zod';
import type { Accounts } from './accounts.ts';
import { ApiError } from './api-error.ts';
import type { Route } from './api-route.ts';
import { SharePrefix } from './doc-name.ts';
import { readBody, sendJson } from './http-json.ts';
import type { InviteMailer } from './mail/invite-mailer.ts';
import type { Shares } from './shares.ts';
import { signedInUser } from './signed-in.ts';

const ShareBody = z.object({
  prefix: SharePrefix,
  role: z.enum(['editor', 'viewer']),
  email: z.email().max(254),
  /** Mail the invite, with the tokens of the shares made just before for the same invite. */
  mailWith: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{16,100}$/))
    .max(7)
    .optional(),
});
const AcceptBody = z.object({ token: z.string().min(1).max(200) });

export type ShareRouteDeps = {
  accounts: Accounts;
  shares: Shares;
  signingKey: Uint8Array;
  /** A share was removed: re-check that grantee's open connections. */
  onGrantsChanged: (userId: string) => void;
  /** Set when SMTP is configured (sync-server/mail). */
  mailInvite?: InviteMailer | null;
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
        const earlier = body.mailWith ?? [];
        for (const token of earlier) {
          if (!(await shares.isPendingInvite(owner.id, body.email, token)))
            throw new ApiError(
              400,
              'invalid_invite',
              'mailWith names an invite that is not yours.',
            );
        }
        const created = await shares.create(owner, body.prefix, body.role, body.email);
        if (body.mailWith && deps.mailInvite) {
          // Not awaited: the answer does not wait on a mail server, and the link works without it.
          void deps.mailInvite({
            to: created.email,
            ownerEmail: owner.email,
            tokens: [...earlier, created.token],
            expiresAt: created.expiresAt,
          });
        }
        sendJson(res, 201, created);
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
