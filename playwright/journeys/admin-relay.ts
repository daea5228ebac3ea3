import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type OwnedRelay = { base: string; stop: () => Promise<void> };

/**
 * A relay of a journey's own on `port`, whose owner `ownerEmail` is made first with
 * `npm run -s relay -- create-owner` (the password piped on stdin), serving the built app.
 */
export async function startOwnedRelay(
  port: number,
  ownerEmail: string,
  password: string,
): Promise<OwnedRelay> {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'splits-e2e-admin-')),
    APP_DIR: join(ROOT, 'out'),
  };
  const command = spawn(
    process.execPath,
    ['--import', 'tsx', 'sync-server/main.ts', 'create-owner', ownerEmail],
    { cwd: ROOT, env, stdio: ['pipe', 'ignore', 'inherit'] },
  );
  command.stdin.end(`${password}\n`);
  const [code] = (await once(command, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`create-owner exited with ${code}`);
  const relay: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env,
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
    stop: async () => {
      if (relay.exitCode !== null) return;
      const exited = once(relay, 'exit');
      relay.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in on the account screen, then opens the console with the password again. */
export async function openConsole(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/account/`);
  const signIn = page.getByRole('form', { name: 'Sign in' });
  await signIn.getByLabel('Email').fill(email);
  await signIn.getByLabel('Password').fill(password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await page.goto(`${base}/admin/`);
  const open = page.getByRole('form', { name: 'Open the console' });
  await open.getByLabel('Password').fill(password);
  await open.getByRole('button', { name: 'Open the console' }).click();
}
