import { expect, test } from './fixtures';
import { watchErrors } from './store-helpers';

const password = 'correct horse battery';

test('signing up backs up local data, another device gets it, signing out keeps it', async ({
  page,
  browser,
}) => {
  const email = `ada-${Date.now()}@example.com`;
  const badge = page.locator('[data-sync-status]');

  // A plan made before there is an account; its document is closed when signing up.
  await page.goto('/plan/');
  const planForm = page.getByRole('form', { name: 'Make a plan' });
  await planForm.getByLabel('Goal').selectOption('general-fitness');
  await planForm.getByLabel('Minutes you train per week now').fill('150');
  await planForm.getByRole('button', { name: 'Build my plan' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Running: general fitness' }),
  ).toBeVisible();

  await page.goto('/settings/');
  await page.getByLabel('Name').fill('Ada before signing up');
  await expect(badge).toHaveAttribute('data-sync-status', 'local');

  await page.goto('/account/');
  const signUp = page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password').fill(password);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}.`);
  await expect(badge).toHaveAttribute('data-sync-status', 'backed-up', { timeout: 20_000 });

  await page.goto('/settings/');
  await page.getByLabel('Name').fill('Ada Lovelace');
  // Not "Backed up" until the relay's state vector shows it has this edit too.
  await expect(badge).toHaveAttribute('data-sync-status', 'syncing');
  await expect(badge).toHaveAttribute('data-sync-status', 'backed-up', { timeout: 20_000 });
  await expect(badge).toContainText('Backed up');

  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  const errors: string[] = [];
  watchErrors(other, errors);
  await other.goto('/account/');
  const signIn = other.getByRole('form', { name: 'Sign in' });
  await signIn.getByLabel('Email').fill(email);
  await signIn.getByLabel('Password').fill(password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByTestId('signed-in-as')).toBeVisible();
  await other.goto('/settings/');
  await expect(other.getByLabel('Name')).toHaveValue('Ada Lovelace', { timeout: 20_000 });
  await other.getByRole('link', { name: 'Plan' }).click();
  await expect(
    other.getByRole('heading', { level: 2, name: 'Running: general fitness' }),
  ).toBeVisible({ timeout: 20_000 });
  await otherDevice.close();
  expect(errors).toEqual([]);

  await page.goto('/account/');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByText('Signed out. Your training stays on this device.')).toBeVisible();
  await expect(badge).toHaveAttribute('data-sync-status', 'local');
  await page.goto('/settings/');
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
});
