import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { loadConfig } from '../config.ts';
import { startRelay } from '../relay.ts';
import { ADMIN_TOKEN } from './http-api.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Settings that keep tests quick: cheap scrypt, quiet logs, loopback, an ephemeral port. */
export function testEnv(
  dataDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    APP_DIR: join(dataDir, 'no-app'),
    LOG_LEVEL: 'silent',
    SCRYPT_LOG2_N: '14',
    SYNC_WRITES: 'false',
    ADMIN_TOKEN,
    ...extra,
  };
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'splits-relay-test-'));
}

export type TestRelay = {
  port: number;
  /** The admin listener (with ADMIN_PORT), else null. */
  adminHttp: string | null;
  http: string;
  ws: string;
  dataDir: string;
  close(): Promise<void>;
};

/** The relay in this process (real HTTP and WebSocket on loopback). */
export async function startTestRelay(extra: Record<string, string> = {}, dir?: string) {
  const dataDir = dir ?? (await tempDir());
  const relay = await startRelay(loadConfig(testEnv(dataDir, extra)));
  return {
    port: relay.port,
    adminHttp: relay.adminPort === null ? null : `http://127.0.0.1:${relay.adminPort}`,
    http: `http://127.0.0.1:${relay.port}`,
    ws: `ws://127.0.0.1:${relay.port}/sync`,
    dataDir,
    close: async () => {
      await relay.close();
      if (!dir) await rm(dataDir, { recursive: true, force: true });
    },
  } satisfies TestRelay;
}

export type RelayProcess = {
  port: number;
  http: string;
  ws: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Every JSON log line the process has written so far, parsed. */
  logs(): Array<Record<string, unknown>>;
  /** Resolves once `count` log lines carry `msg` (they reach us through a pipe, a little later). */
  logged(msg: string, count: number, timeoutMs?: number): Promise<void>;
};

/** The real relay as a child process (`node --import tsx sync-server/main.ts`). */
export async function spawnRelay(
  dataDir: string,
  extra: Record<string, string> = {},
  /** Loading the relay under tsx takes over 30 s on a machine busy with other work. */
  startTimeoutMs = 30_000,
): Promise<RelayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...testEnv(dataDir, { LOG_LEVEL: 'info', ...extra }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    const tooLate = setTimeout(() => {
      child.kill('SIGKILL');
      const within = `${startTimeoutMs / 1000} s`;
      reject(new Error(`relay did not start listening within ${within}: ${buffered.slice(-500)}`));
    }, startTimeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /"port":(\d+)[^\n]*"msg":"relay listening"/.exec(buffered);
      if (match) {
        clearTimeout(tooLate);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(tooLate);
      reject(new Error(`relay exited with ${code} before listening`));
    });
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const logs = () =>
    output
      .split('\n')
      .slice(0, -1) // the last piece is an unfinished line (or empty)
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const logged = (msg: string, count: number, timeoutMs = 10_000) =>
    within(timeoutMs, `${count} × "${msg}" in the log`, (done) => {
      const check = () => {
        if (logs().filter((line) => line.msg === msg).length >= count) {
          child.stdout?.off('data', check);
          done();
        }
      };
      child.stdout?.on('data', check);
      check();
    });
  return {
    port,
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}/sync`,
    child,
    exited,
    logs,
    logged,
  };
}

export { ADMIN_TOKEN, adminGet, api, register, uniqueEmail, type Session } from './http-api.ts';

export type Client = { doc: Y.Doc; provider: WebsocketProvider };

/** An unmodified y-websocket provider; BroadcastChannel is off so only the relay can sync it. */
export function connect(
  wsUrl: string,
  docName: string,
  token: string | null,
  doc = new Y.Doc(),
): Client {
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    params: token === null ? {} : { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

export function synced(provider: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return within(timeoutMs, 'sync', (done) => {
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off('sync', onSync);
      done();
    };
    provider.on('sync', onSync);
  });
}

/** The close the relay sent when it refused or ended the connection for good (44xx). */
export function closedFor(provider: WebsocketProvider, timeoutMs = 10_000) {
  return within<{ code: number; reason: string }>(timeoutMs, 'closed', (done) => {
    provider.on('closed', (event) => done(event));
  });
}

/** Resolves when every doc has the same state and content; rejects with both states on timeout. */
export function converged(docs: Y.Doc[], timeoutMs = 15_000): Promise<void> {
  const same = () => {
    const [first, ...rest] = docs.map((d) => Buffer.from(Y.encodeStateVector(d)).toString('hex'));
    const json = docs.map((d) => JSON.stringify(snapshotJson(d)));
    return rest.every((sv) => sv === first) && json.every((j) => j === json[0]);
  };
  if (same()) return Promise.resolve();
  const listeners: Array<() => void> = [];
  return within(
    timeoutMs,
    'convergence',
    (done) => {
      const check = () => {
        if (same()) done();
      };
      for (const d of docs) {
        d.on('update', check);
        listeners.push(() => d.off('update', check));
      }
    },
    () => listeners.forEach((off) => off()),
  );
}

/** Every top-level map of a doc as JSON with sorted keys (map key order is per replica). */
export function snapshotJson(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...doc.share.keys()].sort()) out[key] = sortKeys(doc.getMap(key).toJSON());
  return out;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

export function waitUntil(doc: Y.Doc, test: () => boolean, timeoutMs = 10_000, what = 'a change') {
  if (test()) return Promise.resolve();
  let off = () => {};
  return within(
    timeoutMs,
    what,
    (done) => {
      const check = () => {
        if (test()) done();
      };
      doc.on('update', check);
      off = () => doc.off('update', check);
    },
    () => off(),
  );
}

function within<T = void>(
  timeoutMs: number,
  what: string,
  start: (done: (value: T) => void) => void,
  cleanup: () => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    start((value) => {
      clearTimeout(timer);
      cleanup();
      resolve(value);
    });
  });
}

export function destroyAll(clients: Client[]) {
  for (const c of clients) {
    c.provider.destroy();
    c.doc.destroy();
  }
}
