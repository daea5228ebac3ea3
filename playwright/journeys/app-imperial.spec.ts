import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';
import { waitForSaved } from './store-helpers';

test('with imperial units, activities show miles, pace per mile, feet and mile splits, and rows metres', async ({
  page,
}) => {
  await page.goto('/settings/');
  await page.getByLabel('Imperial (mi, ft)').check();
  await waitForSaved(page);

  await page.goto('/activities/');
  // 900 s at 3 m/s: 2,700 m is 1.68 mi, and 5:33 per km is 8:56 per mile.
  await page.getByLabel('Choose files').setInputFiles({
    name: 'river-run.gpx',
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(tinyGpx(900, 3, '2026-11-20T07:00:00Z')),
  });
  await expect(page.getByTestId('import-status')).toHaveText('Done: 1 imported.');
  const row = page.getByRole('list', { name: 'Activities' }).getByRole('link');
  await expect(row).toContainText('1.68 mi');
  await row.click();

  await expect(page.locator('dt:text-is("Distance") + dd')).toHaveText('1.68 mi');
  await expect(page.locator('dt:text-is("Pace") + dd')).toHaveText(/^8:5[67] \/mi$/);
  await expect(page.locator('dt:text-is("Elevation gain") + dd')).toHaveText(/ ft$/);
  const splits = page.getByRole('table', { name: 'Splits per mile' });
  // A header row, one full mile and the last 0.68 mi.
  await expect(splits.getByRole('row')).toHaveCount(3);

  // Rowers count metres whatever the units: 899 s between the first and last point at 3 m/s
  // read 2,697 m on the page and in the list, not 1.68 mi.
  await page.getByRole('button', { name: 'Edit name or sport' }).click();
  await page.getByLabel('Sport').selectOption('rowing');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('dt:text-is("Distance") + dd')).toHaveText(/^2\D?697 m$/);
  await expect(page.locator('dt:text-is("Pace") + dd')).toHaveText(/ \/500 m$/);
  await page.goto('/activities/');
  await expect(row).toContainText(/2\D?697 m/);
  await expect(row).not.toContainText(' mi');
});
