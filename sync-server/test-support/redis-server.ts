import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A TCP port on loopback that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type TestRedis = {
  url: string;
  stop(): Promise<void>;
  /** SIGKILLs the server (as a crash would) and waits for it to be gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same port (with its data when persistent). */
  restart(): Promise<void>;
  /** The server process, while it runs. */
  pid(): number | null;
};

type Running = { pid: number | null; stop(signal: NodeJS.Signals): Promise<void> };

/**
 * A throw-away Debian `redis-server` on loopback. Without persistence by default; `persistent`
 * keeps an append-only file fsynced on every write in a temp dir, as a Redis that holds accounts
 * (REDIS_URL without DATABASE_URL) must, so a killed server comes back with its data.
 */
export async function startRedis(options: { persistent?: boolean } = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = options.persistent ? await mkdtemp(join(tmpdir(), 'splits-redis-')) : null;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', ''];
  if (dir) args.push('--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always');
  else args.push('--appendonly', 'no');
  let current = await launch(args);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await current.stop('SIGTERM');
      if (dir) await rm(dir, { recursive: true, force: true });
    },
    kill: () => current.stop('SIGKILL'),
    restart: async () => {
      current = await launch(args);
    },
    pid: () => current.pid,
  };
}

async function launch(args: string[]): Promise<Running> {
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Ready to accept connections')) resolve();
    });
    void exited.then(() => reject(new Error(`redis-server exited early: ${out.slice(-500)}`)));
  });
  return {
    pid: child.pid ?? null,
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
