import type { Route } from '../api-route.ts';
import { healthOf } from '../health.ts';
import { sendJson } from '../http-json.ts';
import { operatorOf } from './admin-auth.ts';
import type { AdminContext } from './admin-context.ts';

/** The service in the console: this relay's health and its last hour of metrics. */
export function serviceRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/admin\/health$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        const connections = (await ctx.metrics.connections.get()).values[0]?.value ?? 0;
        const stores = [ctx.shared.redis, ctx.shared.database].flatMap((r) =>
          r
            ? [{ store: r.dependency, reachable: r.reachable, downSince: r.downSince ?? null }]
            : [],
        );
        const { relays, stores: storeRows } = await ctx.watch.view();
        sendJson(res, 200, {
          ...healthOf(ctx.shared, ctx.registry.size, connections),
          stores,
          relays,
          storeRows,
          checkedAt: new Date().toISOString(),
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/admin\/metrics$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        sendJson(res, 200, { intervalS: 10, samples: ctx.history.all() });
      },
    },
  ];
}
