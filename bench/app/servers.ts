// Serves a static build with the real relay (the way `npm start` does) on a spare port, with a
// throw-away data folder, and stops it with the bench however the bench ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { track, trackTempDir } from '../relay/child-processes.ts';

export type Served = { url: string; process: ChildProcess };

async function healthy(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function serve(root: string, appDir: string, port: number): Promise<Served> {
  const dataDir = trackTempDir(mkdtempSync(join(tmpdir(), 'splits-bench-app-')));
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        APP_DIR: appDir,
        LOG_LEVEL: 'warn',
      },
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  await healthy(url, 30_000);
  return { url, process: child };
}
