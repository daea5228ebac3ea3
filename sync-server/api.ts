import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.ts';
import type { Route } from './api-route.ts';
import { authRoutes, type AuthRouteDeps } from './auth-routes.ts';
import { sendError } from './http-json.ts';
import type { Logger } from './log.ts';
import { StoreUnavailable } from './reachability.ts';
import { shareRoutes, type ShareRouteDeps } from './share-routes.ts';

export type ApiDeps = AuthRouteDeps & ShareRouteDeps & { log: Logger; moreRoutes: Route[] };

/** How long a client should wait before retrying while a store is unreachable. */
const RETRY_AFTER_S = 5;

function storeUnavailable(error: StoreUnavailable) {
  const what = error.dependency === 'redis' ? 'Redis' : 'its database';
  return new ApiError(
    503,
    'store_unavailable',
    `The relay cannot reach ${what} right now, so this could not be done. Please try again in a moment.`,
    { 'retry-after': String(RETRY_AFTER_S) },
  );
}

/** The route for a path and method, or the 404 / 405 to answer instead. */
function routeFor(routes: Route[], method: string | undefined, path: string): Route {
  const matching = routes.filter((r) => r.pattern.test(path));
  const route = matching.find((r) => r.method === method);
  if (route) return route;
  throw matching.length > 0
    ? new ApiError(405, 'method_not_allowed', `${method} is not supported here.`, {
        allow: matching.map((r) => r.method).join(', '),
      })
    : new ApiError(404, 'not_found', 'There is no such API endpoint.');
}

/** The JSON API under /api; its handler answers false when the path is not under /api. */
export function createApi(deps: ApiDeps) {
  const routes = [...authRoutes(deps), ...shareRoutes(deps), ...deps.moreRoutes];
  return async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<boolean> {
    if (path !== '/api' && !path.startsWith('/api/')) return false;
    try {
      const route = routeFor(routes, req.method, path);
      await route.handle(req, res, route.pattern.exec(path)?.slice(1) ?? []);
    } catch (error) {
      if (error instanceof ApiError) {
        sendError(res, error);
      } else if (error instanceof StoreUnavailable) {
        // Logged once when the store went away; the client is told to retry, not that it erred.
        sendError(res, storeUnavailable(error));
      } else {
        deps.log.error({ err: error, path }, 'API request failed');
        sendError(res, new ApiError(500, 'internal', 'Something went wrong on the relay.'));
      }
    }
    return true;
  };
}
