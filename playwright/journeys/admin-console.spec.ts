import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A relay of this journey's own, so its owner can be made before it starts. */
const PORT = Number(process.env.E2E_PORT ?? 8797) + 107;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'correct horse battery';
const OWNER = `owner-${Date.now()}@example.com`;
const ATHLETE = `ada-${Date.now()}@example.com`;

let relay: ChildProcess | null = null;

/** `npm run -s relay -- create-owner EMAIL`, the password piped on stdin. */
async function createOwner(env: NodeJS.ProcessEnv) {
  const command = spawn(
    process.execPath,
    ['--import', 'tsx', 'sync-server/main.ts', 'create-owner', OWNER],
    { cwd: ROOT, env, stdio: ['pipe', 'ignore', 'inherit'] },
  );
  command.stdin.end(`${PASSWORD}\n`);
  const [code] = (await once(command, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`create-owner exited with ${code}`);
}

test.beforeAll(async () => {
  const env = {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'splits-e2e-admin-')),
    APP_DIR: join(ROOT, 'out'),
  };
  await createOwner(env);
  relay = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env,
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

test('the owner finds an athlete, signs them out everywhere, disables them and reads the audit', async ({
  page,
  browser,
}) => {
  // The athlete, signed in in a browser of their own (its failed refresh is expected, so it is
  // not watched for errors like the owner's page).
  const athleteContext = await browser.newContext();
  const athlete = await athleteContext.newPage();
  await athlete.goto(`${BASE}/account/`);
  const signUp = athlete.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(ATHLETE);
  await signUp.getByLabel('Password').fill(PASSWORD);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(athlete.getByTestId('signed-in-as')).toBeVisible();

  await page.goto(`${BASE}/account/`);
  const signIn = page.getByRole('form', { name: 'Sign in' });
  await signIn.getByLabel('Email').fill(OWNER);
  await signIn.getByLabel('Password').fill(PASSWORD);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();

  await page.goto(`${BASE}/admin/`);
  const open = page.getByRole('form', { name: 'Open the console' });
  await open.getByLabel('Password').fill(PASSWORD);
  await open.getByRole('button', { name: 'Open the console' }).click();
  await page.getByLabel('Email starts with').fill('ada-');
  await page.getByRole('button', { name: ATHLETE }).click();
  await expect(page.getByTestId('account-logins').getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Your password (asked again for every change)').fill(PASSWORD);

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(athlete.getByRole('form', { name: 'Sign in' })).toBeVisible({ timeout: 10_000 });
  await expect(athlete.getByTestId('signed-in-as')).toHaveCount(0);
  await expect(page.getByTestId('account-logins')).toHaveText('No device is signed in.');

  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByTestId('account-status')).toContainText('Disabled since');

  await page.getByRole('tab', { name: 'Audit' }).click();
  const latest = page.getByTestId('audit-rows').getByRole('row').first();
  await expect(latest).toContainText('account.disable');
  await expect(latest).toContainText(ATHLETE);
  await expect(latest).toContainText(OWNER);
  await expect(latest).toContainText('ok');
  await athleteContext.close();
});
