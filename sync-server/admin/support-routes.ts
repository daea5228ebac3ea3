import { z } from 'zod';
import type { Route } from '../api-route.ts';
import { DocName, prefixCovers, SharePrefix } from '../doc-name.ts';
import { readBody, sendJson } from '../http-json.ts';
import { bytesJson } from '../kv.ts';
import type { Records } from '../records.ts';
import { signedInUser } from '../signed-in.ts';
import { operatorOf } from './admin-auth.ts';
import { audited, queryOf, type AdminContext } from './admin-context.ts';
import { renderDoc } from './doc-render.ts';
import { MAX_SUPPORT_S, type SupportGrant } from './support-grants.ts';

const GrantBody = z.object({
  prefixes: z.array(SharePrefix).min(1).max(8),
  // From 5 s (tests and demonstrations) to seven days; the app offers 1 h, 24 h and 7 days.
  durationS: z.number().int().min(5).max(MAX_SUPPORT_S),
});
const ID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const DocQuery = z.object({ name: DocName });

/** The athlete's side: grant support a read-only view for a while, list the grants, end one. */
export function supportGrantRoutes(ctx: AdminContext): Route[] {
  const user = (req: Parameters<Route['handle']>[0]) =>
    signedInUser(req, ctx.accounts, ctx.signingKey);
  return [
    {
      method: 'POST',
      pattern: /^\/api\/support$/,
      handle: async (req, res) => {
        const owner = await user(req);
        const body = await readBody(req, GrantBody);
        const grant = await ctx.support.grant(owner, body.prefixes, body.durationS, Date.now());
        ctx.log.info({ user: owner.id, grant: grant.id }, 'support access granted');
        sendJson(res, 201, grant);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/support$/,
      handle: async (req, res) =>
        sendJson(res, 200, { grants: await ctx.support.of((await user(req)).id) }),
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/api/support/${ID}$`),
      handle: async (req, res, [id = '']) => {
        const owner = await user(req);
        sendJson(res, 200, await ctx.support.end(owner.id, id, Date.now()));
      },
    },
  ];
}

/**
 * The console's side: the grants running now, and for one of them its documents and a
 * read-only rendering of each. Every look is audited against the athlete's account.
 */
export function supportConsoleRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/admin\/support$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        sendJson(res, 200, { grants: await ctx.support.running(Date.now()) });
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/api/admin/support/${ID}/docs$`),
      handle: async (req, res, [id = '']) => {
        const op = await operatorOf(req, ctx, 'admin');
        const grant = await ctx.support.check(id, Date.now());
        const athlete = await ctx.accounts.user(grant.ownerId);
        const docs = await audited(
          ctx,
          op,
          'support.open',
          athlete,
          () => grantedDocs(ctx.records, grant),
          (found) => `${found.length} documents under ${grant.prefixes.join(', ')}`,
        );
        sendJson(res, 200, { grant, docs });
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/api/admin/support/${ID}/doc$`),
      handle: async (req, res, [id = '']) => {
        const op = await operatorOf(req, ctx, 'admin');
        const { name } = queryOf(req, DocQuery);
        const grant = await ctx.support.check(id, Date.now());
        const athlete = await ctx.accounts.user(grant.ownerId);
        const view = await audited(
          ctx,
          op,
          'support.view',
          athlete,
          async () => {
            await ctx.support.check(id, Date.now(), name);
            return renderDoc(ctx.docs, name);
          },
          () => name,
        );
        sendJson(res, 200, view);
      },
    },
  ];
}

const DocSize = z.object({ bytes: z.number() });

/** The athlete's stored documents (their `docsize:` records) that the grant covers. */
async function grantedDocs(records: Records, grant: SupportGrant) {
  const sized = await records.scan(`docsize:${grant.athleteId}/`);
  return sized
    .map(([key, value]) => ({
      name: key.slice('docsize:'.length),
      bytes: DocSize.parse(bytesJson(value)).bytes,
    }))
    .filter((d) => grant.prefixes.some((p) => prefixCovers(p, d.name)));
}
