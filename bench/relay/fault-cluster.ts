// Two relays sharing Redis and PostgreSQL on loopback, on fixed ports so that a killed relay can
// come back where its clients look for it. Used by the fault run (fault-run.ts).
import pg from 'pg';
import * as Y from 'yjs';
import { PgDocStore } from '../../sync-server/pg-doc-store.ts';
import {
  startPostgres,
  type TestPostgres,
} from '../../sync-server/test-support/postgres-server.ts';
import {
  freePort,
  startRedis,
  type TestRedis,
} from '../../sync-server/test-support/redis-server.ts';
import {
  spawnRelay,
  tempDir,
  type RelayProcess,
} from '../../sync-server/test-support/relay-harness.ts';

export type FaultCluster = {
  redis: TestRedis;
  relays: RelayProcess[];
  /** SIGKILLs relay `i` and starts it again on the same port; resolves once it listens. */
  killAndRestart(i: number): Promise<void>;
  /** Every top-level map key of a document as PostgreSQL holds it. */
  storedKeys(name: string, map: string): Promise<Set<string>>;
  stop(): Promise<void>;
};

/** A relay restarted mid-load must come back however busy the machine is. */
const START_TIMEOUT_MS = 120_000;

export async function startFaultCluster(relayCount: number): Promise<FaultCluster> {
  const [redis, postgres, dataDir] = await Promise.all([startRedis(), startPostgres(), tempDir()]);
  const ports = await Promise.all(Array.from({ length: relayCount }, () => freePort()));
  const start = (port: number) =>
    spawnRelay(
      dataDir,
      {
        PORT: String(port),
        REDIS_URL: redis.url,
        DATABASE_URL: postgres.url,
        JWT_SECRET: 'the fault-run relays share this secret, 32+ characters',
        SYNC_WRITES: 'true',
        COMPACT_AFTER_UPDATES: '40',
        MAX_CONNECTIONS_PER_IP: '10000',
        UPDATES_PER_SECOND: '500',
        UPDATE_BURST: '2000',
        LOGIN_ATTEMPTS_PER_WINDOW: '10000',
      },
      START_TIMEOUT_MS,
    );
  const started = await Promise.allSettled(ports.map(start));
  const relays = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) {
    // Nothing of a cluster that could not start is left running.
    for (const relay of relays) relay.child.kill('SIGKILL');
    await Promise.all(relays.map((relay) => relay.exited));
    await redis.stop();
    await postgres.stop();
    throw failed.reason;
  }
  return {
    redis,
    relays,
    killAndRestart: async (i) => {
      const relay = relays[i];
      const port = ports[i];
      if (!relay || port === undefined) throw new Error(`no relay ${i}`);
      relay.child.kill('SIGKILL');
      await relay.exited;
      relays[i] = await start(port);
    },
    storedKeys: (name, map) => storedKeys(postgres, name, map),
    stop: async () => {
      for (const relay of relays) {
        if (relay.child.exitCode === null && relay.child.signalCode === null)
          relay.child.kill('SIGTERM');
        await relay.exited;
      }
      await redis.stop();
      await postgres.stop();
    },
  };
}

async function storedKeys(postgres: TestPostgres, name: string, map: string) {
  const pool = new pg.Pool({ connectionString: postgres.url, max: 1 });
  try {
    const doc = new Y.Doc();
    for (const r of (await new PgDocStore(pool).load(name)).records) Y.applyUpdate(doc, r.payload);
    return new Set(doc.getMap(map).keys());
  } finally {
    await pool.end();
  }
}
