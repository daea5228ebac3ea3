import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A relay of this journey's own, beside the shared one, so its tokens can be made short-lived. */
const PORT = Number(process.env.E2E_PORT ?? 8797) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const TTL_S = 5;

let relay: ChildProcess | null = null;

test.beforeAll(async () => {
  relay = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'splits-e2e-refresh-')),
      APP_DIR: join(ROOT, 'out'),
      ACCESS_TOKEN_TTL_S: String(TTL_S),
    },
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${BASE}/healthz`)).status;
        } catch (error) {
          // Not listening yet (connection refused): the poll asks again.
          if (error instanceof TypeError) return 0;
          throw error;
        }
      },
      { timeout: 30_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (!relay || relay.exitCode !== null) return;
  const exited = once(relay, 'exit');
  relay.kill('SIGTERM');
  await exited;
});

test('an expired access token is refreshed and sync carries on', async ({ page }) => {
  const badge = page.locator('[data-sync-status]');
  await page.goto(`${BASE}/account/`);
  const signUp = page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(`ada-${Date.now()}@example.com`);
  await signUp.getByLabel('Password').fill('correct horse battery');
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  // Sockets to the profile document: the first is the provider's, later ones are backup checks
  // and the provider reconnecting.
  const profileSockets: { token: string; closed: Promise<void> }[] = [];
  page.on('websocket', (socket) => {
    const url = new URL(socket.url());
    if (!url.pathname.endsWith('/profile')) return;
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    profileSockets.push({ token: url.searchParams.get('token') ?? '', closed });
  });
  await page.goto(`${BASE}/settings/`);
  await page.getByLabel('Name').fill('Ada');
  await expect(badge).toHaveAttribute('data-sync-status', 'backed-up', { timeout: 20_000 });

  // The relay closes the provider's socket when its token runs out; the app gets a new token.
  const provider = profileSockets[0];
  if (!provider) throw new Error('The profile document never connected to the relay.');
  await provider.closed;
  await expect
    .poll(() => profileSockets.some((socket) => socket.token !== provider.token), {
      timeout: 20_000,
    })
    .toBe(true);

  // The relay closed the document's socket (4401) when the first token ran out, and y-websocket
  // does not reconnect after a 44xx close by itself. "Backed up" after a new edit needs the
  // provider connected again and the relay's state vector read with the new token.
  await page.getByLabel('Name').fill('Ada Lovelace');
  await expect(badge).toHaveAttribute('data-sync-status', 'syncing');
  await expect(badge).toHaveAttribute('data-sync-status', 'backed-up', { timeout: 20_000 });

  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
  await expect(badge).toHaveAttribute('data-sync-status', 'backed-up', { timeout: 20_000 });
});
