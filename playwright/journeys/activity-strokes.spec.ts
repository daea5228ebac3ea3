import { expect, test } from './fixtures';
import { startDemoRow, waitForActiveTime } from './record-support';

test('a row recorded in the app shows its stroke rate, power and force stroke by stroke', async ({
  page,
}) => {
  await startDemoRow(page);
  await waitForActiveTime(page, 90);
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toHaveText(/^Saved: /);
  await page.getByRole('link', { name: 'activities', exact: true }).click();
  await page.getByRole('list', { name: 'Activities' }).getByRole('link').first().click();
  const strokes = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Stroke by stroke' }) });
  await expect(strokes).toBeVisible();
  await expect(strokes.locator('dt:text-is("Avg stroke rate") + dd')).toHaveText(/^\d+\.\d spm$/);
  await expect(strokes.locator('dt:text-is("Avg peak force") + dd')).toHaveText(
    /^\d+ N \(\d+ lbf\)$/,
  );
  await expect(page.getByText('Stroke rate (spm)').first()).toBeVisible();
});
