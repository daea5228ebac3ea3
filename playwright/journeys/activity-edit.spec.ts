import { expect, test } from './fixtures';
import { gpxRun, importFiles, openActivity, VIEWPORTS } from './activity-support';

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test("an activity keeps the file's name, can be renamed, have its sport changed, and be deleted with undo", async ({
      page,
    }) => {
      await importFiles(page, [gpxRun('river.gpx', 1500, '2026-11-20T07:00:00Z')]);
      // tinyGpx names its track "Morning run": that is the title until the athlete renames it.
      await openActivity(page, 'Morning run');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning run');
      await expect(page.getByTestId('activity-load')).toHaveText(/^\d+$/);
      await expect(page.getByTestId('load-thresholds')).toContainText(
        'Threshold pace 5:00 /km — assumed',
      );

      await page.getByRole('button', { name: 'Edit name or sport' }).click();
      await page.getByLabel('Name').fill('Hill repeats');
      await page.getByLabel('Sport').selectOption('walking');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hill repeats');
      await expect(page.getByText(/Walking · .* · recorded as running/)).toBeVisible();
      // A walk has no pace load: its load is now worked out from heart rate.
      await expect(page.getByText(/^Heart-rate stress \(HRSS\)/)).toBeVisible();
      await expect(page.getByTestId('load-thresholds')).toContainText('Threshold heart rate');

      await page.getByRole('button', { name: 'Delete' }).click();
      await expect(page).toHaveURL(/\/activities\/$/);
      await expect(
        page.getByRole('status').filter({ hasText: 'Deleted “Hill repeats”.' }),
      ).toBeVisible();
      await expect(page.getByRole('list', { name: 'Activities' })).toHaveCount(0);
      await page.getByRole('button', { name: 'Undo' }).click();
      const row = page.getByRole('list', { name: 'Activities' }).getByRole('link');
      await expect(row).toContainText('Hill repeats');
      await expect(row).toContainText('Walking');

      await openActivity(page, 'Hill repeats');
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByText('No activities yet.')).toBeVisible();
      await page.reload();
      await expect(page.getByText('No activities yet.')).toBeVisible();
    });
  });
}
