import { openConsole, startOwnedRelay, type OwnedRelay } from './admin-relay';
import { expect, test } from './fixtures';

/** A relay of this journey's own, so its owner can be made before it starts. */
const PORT = Number(process.env.E2E_PORT ?? 8797) + 107;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'correct horse battery';
const OWNER = `owner-${Date.now()}@example.com`;
const ATHLETE = `ada-${Date.now()}@example.com`;

let relay: OwnedRelay | null = null;

test.beforeAll(async () => {
  relay = await startOwnedRelay(PORT, OWNER, PASSWORD);
});

test.afterAll(async () => {
  await relay?.stop();
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

  await openConsole(page, BASE, OWNER, PASSWORD);
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

test('the owner reads health, the logs and the data checks of the relay', async ({ page }) => {
  await openConsole(page, BASE, OWNER, PASSWORD);
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByTestId('health-relay')).toHaveCount(1);
  await expect(page.getByTestId('health-relay')).toContainText('ok: ');
  await expect(page.getByTestId('health-store')).toContainText('LevelDB');
  await expect(page.getByTestId('health-store')).toContainText('reachable');

  await page.getByRole('tab', { name: 'Logs' }).click();
  const filters = page.getByRole('form', { name: 'Filter the logs' });
  await filters.getByLabel('Text').fill('relay listening');
  await filters.getByLabel('Text').press('Enter');
  await expect(page.getByTestId('log-lines').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('log-lines')).toContainText('relay listening');
  await filters.getByLabel('Level and above').selectOption('error');
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('log-lines').getByRole('row')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Data checks' }).click();
  const checks = page.getByTestId('data-checks');
  await expect(checks).toContainText('No record has been quarantined.');
  await expect(checks).toContainText('Every account signed in within the last year.');
});
