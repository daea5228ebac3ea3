import { Redis, type RedisOptions } from 'ioredis';
import type { Reachability } from './reachability.ts';

export type TrackedRedis = { client: Redis; quit(): Promise<void> };

/**
 * An ioredis client whose connection state feeds `reachability` under `source`: down when the
 * connection drops or fails, up once it is ready again (ioredis reconnects by itself).
 */
export function trackedRedis(
  url: string,
  source: string,
  reachability: Reachability,
  options: RedisOptions,
): TrackedRedis {
  const client = new Redis(url, options);
  let quitting = false;
  client.on('ready', () => reachability.report(source, true));
  client.on('error', (error: unknown) => {
    if (!quitting) reachability.report(source, false, error);
  });
  client.on('close', () => {
    if (!quitting) reachability.report(source, false);
  });
  return {
    client,
    quit: async () => {
      quitting = true;
      // QUIT needs a connection; while Redis is away there is nothing to say goodbye to.
      if (client.status === 'ready') await client.quit();
      else client.disconnect();
    },
  };
}
