import type { Reachability } from './reachability.ts';
import type { SharedStores } from './storage.ts';

type StoreState = 'reachable' | 'unreachable' | 'unused';

/** What the detailed `/healthz` reports; see docs/OPERATIONS.md for each field and the status code. */
export type Health = {
  ok: boolean;
  /** ok; degraded: Redis is away (each relay still serves and stores); unavailable: nothing can be stored. */
  status: 'ok' | 'degraded' | 'unavailable';
  documentsLoaded: number;
  connections: number;
  redis: StoreState;
  database: StoreState;
  /** When the first store that is now unreachable went away (ISO time), else null. */
  unreachableSince: string | null;
};

export function healthOf(
  shared: SharedStores,
  documentsLoaded: number,
  connections: number,
): Health {
  const state = (r: Reachability | null): StoreState =>
    r === null ? 'unused' : r.reachable ? 'reachable' : 'unreachable';
  const redis = state(shared.redis);
  const database = state(shared.database);
  const status =
    database === 'unreachable' ? 'unavailable' : redis === 'unreachable' ? 'degraded' : 'ok';
  const since = [shared.redis?.downSince, shared.database?.downSince]
    .filter((s): s is string => typeof s === 'string')
    .sort()[0];
  return {
    ok: status === 'ok',
    status,
    documentsLoaded,
    connections,
    redis,
    database,
    unreachableSince: since ?? null,
  };
}
