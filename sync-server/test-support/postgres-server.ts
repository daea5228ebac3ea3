import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis-server.ts';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
const OS_USER = 'postgres';

async function binDir(): Promise<string> {
  const versions = await readdir(PG_ROOT).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error('PostgreSQL is not installed: run `apt-get install -y postgresql` (CI does).');
  }
  return join(PG_ROOT, newest, 'bin');
}

/** Runs a PostgreSQL binary as the `postgres` OS user (initdb and postgres refuse root). */
function asPostgres(bin: string, args: string[]) {
  return run('runuser', ['-u', OS_USER, '--', bin, ...args]);
}

async function ids(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', OS_USER]), run('id', ['-g', OS_USER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export type TestPostgres = {
  url: string;
  stop(): Promise<void>;
  /** Stops the server (fast shutdown: open connections are cut) and keeps its data. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port with the same data. */
  resume(): Promise<void>;
  /** The server's processes (the postmaster and its children), while it runs. */
  pids(): Promise<number[]>;
};

/**
 * A throw-away Debian PostgreSQL cluster in a temp dir on a loopback port, trusting local
 * connections. fsync is off: tests kill relays, never the database server.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = await binDir();
  const dir = await mkdtemp(join(tmpdir(), 'splits-pg-'));
  const { uid, gid } = await ids();
  await chown(dir, uid, gid);
  const data = join(dir, 'data');
  const port = await freePort();
  await asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () =>
    asPostgres(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(dir, 'server.log'),
      '-w',
      'start',
    ]);
  const halt = () => asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
    halt: async () => {
      await halt();
    },
    resume: async () => {
      await start();
    },
    pids: async () => {
      const postmaster = Number(
        (await readFile(join(data, 'postmaster.pid'), 'utf8')).split('\n')[0],
      );
      const children = await readFile(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8');
      return [postmaster, ...children.trim().split(/\s+/).filter(Boolean).map(Number)];
    },
  };
}
