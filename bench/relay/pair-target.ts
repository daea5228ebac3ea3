// Two of our relays sharing Redis and PostgreSQL (REDIS_URL + DATABASE_URL), as in a scaled-out
// deployment: the clients of every document take the two relays in turn, so each edit crosses
// from one relay to the other through Redis. Redis and PostgreSQL run on loopback like the rest.
import { join } from 'node:path';
import { startPostgres } from '../../sync-server/test-support/postgres-server.ts';
import { startRedis } from '../../sync-server/test-support/redis-server.ts';
import { registerUsers } from './accounts.ts';
import { trackPid } from './child-processes.ts';
import { launch, relayLimits, type MeasuredProcess, type Target } from './targets.ts';

const SHARED_SECRET = 'the bench relays share this secret, 32+ characters';

export const pair: Target = {
  name: 'pair',
  description: 'two sync-server/ relays + Redis + PostgreSQL (clients of each document on both)',
  start: async (load) => {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const postgresPids = await postgres.pids();
    const untrack = postgresPids.slice(0, 1).map((pid) => trackPid(pid));
    const relay = (name: string) =>
      launch(name, (port, dir) => ({
        args: ['sync-server/main.ts'],
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: join(dir, 'data'),
          REDIS_URL: redis.url,
          DATABASE_URL: postgres.url,
          JWT_SECRET: SHARED_SECRET,
          ...relayLimits(load),
        },
        readyPath: '/healthz',
      }));
    const a = await relay('pair-a');
    const b = await relay('pair-b');
    const stores: MeasuredProcess[] = [
      ...[redis.pid()].flatMap((pid) => (pid ? [{ label: 'redis', pid, memoryFile: null }] : [])),
      ...postgresPids.map((pid) => ({ label: 'postgres', pid, memoryFile: null })),
    ];
    return {
      processes: [a.process, b.process, ...stores],
      clientKind: 'y-websocket',
      serverUrls: [`ws://127.0.0.1:${a.port}/sync`, `ws://127.0.0.1:${b.port}/sync`],
      prepareDocs: async (count) => {
        const users = await registerUsers(`http://127.0.0.1:${a.port}`, count);
        return users.map((u) => ({ name: `${u.athleteId}/journal`, token: u.accessToken }));
      },
      logTail: () => `${a.logTail()}\n--- pair-b ---\n${b.logTail()}`,
      stop: async () => {
        await Promise.all([a.stop(), b.stop()]);
        await redis.stop();
        await postgres.stop();
        for (const done of untrack) done();
      },
    };
  },
};
