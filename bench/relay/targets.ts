// The three servers under test, each started in its own process on 127.0.0.1, and how clients
// reach them. Server output goes to a log file in the target's temporary directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerUsers } from './accounts.ts';
import { removeTempDir, stop, track, trackTempDir } from './child-processes.ts';
import type { TargetName } from './options.ts';
import type { ClientKind } from './worker-protocol.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 30_000;
/** Same for every server: TypeScript loading, and a GC trigger for fair memory samples. */
const MEASURE_ARGS = [
  '--expose-gc',
  '--import',
  'tsx',
  '--import',
  './bench/relay/gc-on-signal.ts',
];

export type BenchDoc = { name: string; token: string | null };

/** A process whose CPU (and, for Node servers, memory) counts as the server's. */
export type MeasuredProcess = {
  label: string;
  pid: number;
  /** Where a Node server writes its heap figures on SIGUSR2 (gc-on-signal.ts); null otherwise. */
  memoryFile: string | null;
};

export type RunningServer = {
  processes: MeasuredProcess[];
  clientKind: ClientKind;
  /** Where clients connect; the clients of each document take them in turn. */
  serverUrls: string[];
  /** Document names (and tokens where the server checks them), one owner each. */
  prepareDocs: (count: number) => Promise<BenchDoc[]>;
  /** The end of the server's log, for error messages. */
  logTail: () => string;
  stop: () => Promise<void>;
};

export type Target = {
  name: TargetName;
  description: string;
  start: (load: {
    docs: number;
    clients: number;
    editsPerClientPerS: number;
  }) => Promise<RunningServer>;
};

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('could not pick a free port');
  return address.port;
}

async function waitForHttp(url: string, child: ChildProcess, logTail: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited (${child.exitCode}):\n${logTail()}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not answering ${url} after ${READY_TIMEOUT_MS} ms:\n${logTail()}`);
}

/** The bench's environment without the relay's scale-out settings: one process, its own files. */
function singleProcessEnv(): NodeJS.ProcessEnv {
  const { REDIS_URL: _redis, DATABASE_URL: _database, ...rest } = process.env;
  return rest;
}

export type Launch = { args: string[]; env: Record<string, string>; readyPath: string };

/**
 * `BENCH_PROFILE_DIR=/tmp/prof`: our relay writes a V8 CPU profile there when it stops (it exits
 * cleanly on SIGTERM; the other servers die on it, so they would write none).
 */
function profileArgs(name: string): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir && name === 'ours' ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

export async function launch(name: string, make: (port: number, dir: string) => Launch) {
  const dir = trackTempDir(mkdtempSync(join(tmpdir(), `bench-relay-${name}-`)));
  const port = await freePort();
  const { args, env, readyPath } = make(port, dir);
  const logPath = join(dir, 'server.log');
  const memoryFile = join(dir, 'memory.json');
  const logFd = openSync(logPath, 'w');
  const child = track(
    spawn(process.execPath, [...profileArgs(name), ...MEASURE_ARGS, ...args], {
      cwd: ROOT,
      env: { ...singleProcessEnv(), NODE_ENV: 'production', BENCH_MEMORY_FILE: memoryFile, ...env },
      stdio: ['ignore', logFd, logFd],
    }),
  );
  closeSync(logFd);
  const logTail = () => readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n');
  await waitForHttp(`http://127.0.0.1:${port}${readyPath}`, child, logTail);
  if (child.pid === undefined) throw new Error(`${name} server has no pid`);
  return {
    process: { label: name, pid: child.pid, memoryFile } satisfies MeasuredProcess,
    port,
    logTail,
    stop: async () => {
      await stop(child);
      removeTempDir(dir);
    },
  };
}

/** Names shaped like ours (`<athleteId>/<kind>`) for the servers without accounts. */
function anonymousDocs(count: number): BenchDoc[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `bench-athlete-${i}/journal`,
    token: null,
  }));
}

type Load = Parameters<Target['start']>[0];

/** Our relay's settings for the bench (also for the relays of the `pair` target). */
export function relayLimits({ docs, clients, editsPerClientPerS }: Load): Record<string, string> {
  return {
    // Sign-up is made cheaper and allowed more often (nothing measured depends on it); the
    // per-connection update limit stays at its default unless --rate needs more. At 2^15 a
    // hash needs over 32 MiB, which glibc always maps and unmaps (as at the default 2^17),
    // so no hash leaves memory behind in the figures; 2^14 would.
    SCRYPT_LOG2_N: '15',
    LOGIN_ATTEMPTS_PER_WINDOW: String(docs + clients + 100),
    // Every simulated device connects from 127.0.0.1.
    MAX_CONNECTIONS_PER_IP: String(clients + 100),
    UPDATES_PER_SECOND: String(Math.max(50, editsPerClientPerS * 10)),
  };
}

const ours: Target = {
  name: 'ours',
  // SYNC_WRITES and the relay's other settings pass through from the bench's environment.
  description: `sync-server/ (JWT auth, LevelDB, fsync ${/^(false|0)$/.test(process.env.SYNC_WRITES ?? '') ? 'off' : 'on'})`,
  start: async ({ docs, clients, editsPerClientPerS }) => {
    const s = await launch('ours', (port, dir) => ({
      args: ['sync-server/main.ts'],
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: join(dir, 'data'),
        ...relayLimits({ docs, clients, editsPerClientPerS }),
      },
      readyPath: '/healthz',
    }));
    return {
      ...s,
      processes: [s.process],
      clientKind: 'y-websocket',
      serverUrls: [`ws://127.0.0.1:${s.port}/sync`],
      prepareDocs: async (count) => {
        const users = await registerUsers(`http://127.0.0.1:${s.port}`, count);
        return users.map((u) => ({ name: `${u.athleteId}/journal`, token: u.accessToken }));
      },
    };
  },
};

const reference: Target = {
  name: 'reference',
  description: '@y/websocket-server 0.1.1 (no auth, no storage)',
  start: async () => {
    const s = await launch('reference', (port) => ({
      args: ['node_modules/@y/websocket-server/src/server.js'],
      env: { PORT: String(port), HOST: '127.0.0.1' },
      readyPath: '/',
    }));
    return {
      ...s,
      processes: [s.process],
      clientKind: 'y-websocket',
      serverUrls: [`ws://127.0.0.1:${s.port}`],
      prepareDocs: async (count) => anonymousDocs(count),
    };
  },
};

const hocuspocus: Target = {
  name: 'hocuspocus',
  description: '@hocuspocus/server 3.4.4 (no extensions: no auth, no storage)',
  start: async () => {
    const s = await launch('hocuspocus', (port) => ({
      args: ['bench/relay/hocuspocus-server.ts'],
      env: { PORT: String(port) },
      readyPath: '/',
    }));
    return {
      ...s,
      processes: [s.process],
      clientKind: 'hocuspocus',
      serverUrls: [`ws://127.0.0.1:${s.port}`],
      prepareDocs: async (count) => anonymousDocs(count),
    };
  },
};

export const SINGLE_TARGETS: readonly Target[] = [ours, reference, hocuspocus];
