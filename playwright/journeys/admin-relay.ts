import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { startRelay, type RelayProcess } from './relay-process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type OwnedRelay = Pick<RelayProcess, 'base' | 'stop'>;

/**
 * A relay of a journey's own on `port`, whose owner `ownerEmail` is made first with
 * `npm run -s relay -- create-owner` (the password piped on stdin), serving the built app.
 */
export async function startOwnedRelay(
  port: number,
  ownerEmail: string,
  password: string,
): Promise<OwnedRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'splits-e2e-admin-'));
  const command = spawn(
    process.execPath,
    ['--import', 'tsx', 'sync-server/main.ts', 'create-owner', ownerEmail],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['pipe', 'ignore', 'inherit'] },
  );
  command.stdin.end(`${password}\n`);
  const [code] = (await once(command, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`create-owner exited with ${code}`);
  return startRelay(port, dataDir);
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
