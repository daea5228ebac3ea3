import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../../sync-server/test-support/postgres-server.ts';
import { startRedis } from '../../sync-server/test-support/redis-server.ts';
import { test as base } from './fixtures';
import { startRelay, type RelayProcess } from './relay-process';

export type TwoRelays = { a: RelayProcess; b: RelayProcess };

// Beside the shared relay on E2E_PORT: these two are this fixture's own.
const PORT_A = Number(process.env.E2E_PORT ?? 8797) + 134;
const PORT_B = PORT_A + 1;

/**
 * Two relays serving the app on loopback, as a scaled-out deployment runs them: accounts, shares
 * and documents in one PostgreSQL, live updates and awareness between relays over one Redis.
 * Started for the journeys that ask for `relays` only, and stopped (servers and files) after each.
 */
export const test = base.extend<{ relays: TwoRelays }>({
  // Playwright reads a fixture's dependencies from this pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  relays: async ({}, use) => {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'splits-e2e-two-relays-')));
    const shared = {
      REDIS_URL: redis.url,
      DATABASE_URL: postgres.url,
      JWT_SECRET: 'one secret for both relays, at least 32 characters',
    };
    const started: RelayProcess[] = [];
    try {
      started.push(await startRelay(PORT_A, dirs[0]!, shared));
      started.push(await startRelay(PORT_B, dirs[1]!, shared));
      await use({ a: started[0]!, b: started[1]! });
    } finally {
      await Promise.all(started.map((relay) => relay.stop()));
      await Promise.all([redis.stop(), postgres.stop()]);
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from './fixtures';
