import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type RelayProcess = {
  base: string;
  /** Freezes the relay (SIGSTOP): its sockets stay open but nothing answers, as on a dead link. */
  freeze: () => void;
  thaw: () => void;
  stop: () => Promise<void>;
};

/**
 * A relay of a journey's own on `port`, serving the built app beside the shared one, so the
 * journey can stop it (a dropped link) and start it again on the same data.
 */
export async function startRelay(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RelayProcess> {
  const relay: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      APP_DIR: join(ROOT, 'out'),
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${base}/healthz`)).status;
        } catch (error) {
          // Not listening yet (connection refused): the poll asks again.
          if (error instanceof TypeError) return 0;
          throw error;
        }
      },
      { timeout: 30_000 },
    )
    .toBe(200);
  return {
    base,
    freeze: () => relay.kill('SIGSTOP'),
    thaw: () => relay.kill('SIGCONT'),
    stop: async () => {
      if (relay.exitCode !== null || relay.signalCode !== null) return;
      const exited = once(relay, 'exit');
      relay.kill('SIGCONT');
      relay.kill('SIGTERM');
      await exited;
    },
  };
}
