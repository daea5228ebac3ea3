import { test, expect } from './fixtures';
import { startDemoRow, waitForActiveTime } from './record-support';

test('looking at another page mid-session does not stop the recording', async ({ page }) => {
  await startDemoRow(page);
  await waitForActiveTime(page, 20);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Activities' }).click();
  await expect(page).toHaveURL(/\/activities\/$/);
  await nav.getByRole('link', { name: 'Record' }).click();
  // Still the same session, still counting, and not mistaken for an unfinished one.
  await expect(page.getByRole('region', { name: 'Live numbers' })).toBeVisible();
  await waitForActiveTime(page, 40);
  await expect(page.getByRole('heading', { name: 'A session did not finish' })).toBeHidden();
  await expect(
    page.getByRole('list', { name: 'Paired devices' }).getByTestId('link-status'),
  ).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toHaveText(
    /^Saved: \d+ m in \d:\d\d\. Well done\.$/,
  );
});
