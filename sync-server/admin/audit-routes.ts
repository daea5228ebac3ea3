import { z } from 'zod';
import type { Route } from '../api-route.ts';
import { SECURITY_HEADERS } from '../security-headers.ts';
import { sendJson } from '../http-json.ts';
import { operatorOf } from './admin-auth.ts';
import { audited, queryOf, type AdminContext } from './admin-context.ts';

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.string().max(40).optional(),
});

/** The audit log in the console, and its export as JSON lines (one entry a line, oldest first). */
export function auditRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/admin\/audit$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        const query = queryOf(req, AuditQuery);
        sendJson(res, 200, { entries: await ctx.audit.recent(query.limit, query.before) });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/admin\/audit\.jsonl$/,
      handle: async (req, res) => {
        const op = await operatorOf(req, ctx, 'admin');
        // The export is itself an action worth a line in the log.
        const entries = await audited(ctx, op, 'audit.export', null, () => ctx.audit.all());
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': 'application/x-ndjson; charset=utf-8',
          'content-disposition': 'attachment; filename="splits-audit.jsonl"',
          'cache-control': 'no-store',
        });
        res.end(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
      },
    },
  ];
}
