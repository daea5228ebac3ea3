import type { Dependency } from '../reachability.ts';
import type { Health } from '../health.ts';
import { ADMIN_TOKEN, api, type RelayProcess } from './relay-harness.ts';

/**
 * Polls `/healthz` until `dependency` is (un)reachable; a process's health can only be asked.
 * Returns the HTTP status and body it then answered.
 */
export async function healthUntil(
  http: string,
  dependency: Dependency,
  reachable: boolean,
  timeoutMs = 15_000,
): Promise<{ status: number; json: Health }> {
  const wanted = reachable ? 'reachable' : 'unreachable';
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api(http, 'GET', '/healthz', undefined, ADMIN_TOKEN);
    const json = res.json as Health;
    if (json[dependency] === wanted) return { status: res.status, json };
    if (Date.now() > deadline)
      throw new Error(
        `${dependency} not ${wanted} within ${timeoutMs} ms: ${JSON.stringify(json)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many log lines of a relay process carry this message. */
export function logCount(relay: RelayProcess, msg: string): number {
  return relay.logs().filter((line) => line.msg === msg).length;
}
