import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForSaved } from './store-helpers';

const password = 'correct horse battery';

function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((db) => db.name)
      .filter((name): name is string => typeof name === 'string')
      .sort(),
  );
}

async function signUpWithData(page: Page): Promise<string> {
  await page.goto('/settings/');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await waitForSaved(page);
  // The recorder keeps its crash-safe journal in its own database; opening the recorder makes it.
  await page.goto('/record/');
  await expect.poll(() => databaseNames(page)).toContain('splits-recorder');

  await page.goto('/account/');
  const signUp = page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(`ada-${Date.now()}@example.com`);
  await signUp.getByLabel('Password').fill(password);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  const athleteId = await page.evaluate(() => localStorage.getItem('splits.athleteId'));
  expect(athleteId).toMatch(/^[0-9a-f-]{36}$/);
  const names = await databaseNames(page);
  expect(names).toEqual(
    expect.arrayContaining([
      `${athleteId}/profile`,
      `splits-index-${athleteId}`,
      'splits-recorder',
    ]),
  );
  return athleteId ?? '';
}

test('signing out and erasing this device removes every database and starts fresh', async ({
  page,
}) => {
  const athleteId = await signUpWithData(page);

  await page.getByRole('button', { name: 'Sign out and erase this device…' }).click();
  await page.getByRole('button', { name: 'Yes, sign out and erase this device' }).click();
  await page.waitForURL((url) => url.pathname === '/');

  // Nothing of the old athlete is left on this device: no document, index or recorder journal.
  await expect
    .poll(async () =>
      (await databaseNames(page)).filter(
        (name) => name.includes(athleteId) || name === 'splits-recorder',
      ),
    )
    .toEqual([]);
  const fresh = await page.evaluate(() => localStorage.getItem('splits.athleteId'));
  expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  expect(fresh).not.toBe(athleteId);
  expect(await page.evaluate(() => localStorage.getItem('splits.session'))).toBeNull();

  await page.goto('/settings/');
  await expect(page.getByLabel('Name')).toHaveValue('');
  await expect(page.locator('[data-sync-status]')).toHaveAttribute('data-sync-status', 'local');
});

test('signing out and keeping the data leaves everything on this device', async ({ page }) => {
  const athleteId = await signUpWithData(page);
  const before = await databaseNames(page);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByText('Signed out. Your training stays on this device.')).toBeVisible();
  await page.reload();

  expect(await page.evaluate(() => localStorage.getItem('splits.athleteId'))).toBe(athleteId);
  expect(await databaseNames(page)).toEqual(expect.arrayContaining(before));
  await page.goto('/settings/');
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
});
