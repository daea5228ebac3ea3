import type { Route } from '../api-route.ts';
import { sendJson } from '../http-json.ts';
import { operatorOf } from './admin-auth.ts';
import type { AdminContext } from './admin-context.ts';
import { runDataChecks } from './data-checks.ts';

/** The Data checks tab: large, quarantined and uncompacted documents, and long-quiet accounts. */
export function dataCheckRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/admin\/data-checks$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        sendJson(res, 200, await runDataChecks(ctx, Date.now()));
      },
    },
  ];
}
