import { expect, test } from './fixtures';
import {
  activityRows,
  buildPlan,
  downloadOf,
  gpxFile,
  importFiles,
  signIn,
  signUp,
  viewports,
} from './data-support';
import { waitForSaved } from './store-helpers';

const runs = Array.from({ length: 12 }, (_, i) =>
  gpxFile(
    `run-${i + 1}.gpx`,
    600,
    new Date(Date.parse('2026-10-01T07:00:00Z') + i * 86_400_000).toISOString(),
  ),
);

for (const { device, viewport } of viewports) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('download everything, erase the device, bring the archive back: everything returns', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await importFiles(page, runs);
      const planTitle = await buildPlan(page, 'Running');
      await page.goto('/journal/');
      await page.getByLabel('Sleep (hours)').fill('7.5');
      await waitForSaved(page);
      await page.goto('/settings/');
      await page.getByLabel('Name').fill('Ada Lovelace');
      await waitForSaved(page);

      const archive = await downloadOf(page, () =>
        page.getByRole('button', { name: 'Download everything' }).click(),
      );
      expect(archive.name).toMatch(/^splits-archive-\d{4}-\d{2}-\d{2}\.zip$/);
      await expect(page.getByTestId('archive-status')).toContainText(
        '12 activities, 1 plan and 1 journal day.',
      );

      // Erase this device through the account screen (the existing flow).
      await signUp(page, `archive-${device}-${Date.now()}@example.com`);
      await page.getByRole('button', { name: 'Sign out and erase this device…' }).click();
      await page.getByRole('button', { name: 'Yes, sign out and erase this device' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/settings/');
      await expect(page.getByLabel('Name')).toHaveValue('');

      const chooser = page.getByLabel('Choose a Splits archive (.zip)');
      const restoreStatus = page.getByTestId('restore-status');
      await chooser.setInputFiles(archive.path);
      await expect(restoreStatus).toContainText(
        'is back: 12 activities, 1 plan and 1 journal day, and your settings.',
      );
      // Screens already open follow at once.
      await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');

      await chooser.setInputFiles(archive.path);
      await expect(restoreStatus).toHaveText(
        'Nothing new: everything in this archive is already on this device.',
      );
      await chooser.setInputFiles({
        name: 'holiday.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7 not an archive'),
      });
      await expect(page.getByRole('alert').filter({ hasText: 'holiday.pdf' })).toHaveText(
        '“holiday.pdf” is not a Splits archive: it is not a zip file. Choose the .zip that “Download everything” saved.',
      );

      await page.goto('/activities/');
      await expect(activityRows(page)).toHaveCount(12);
      await page.goto('/plan/');
      await expect(page.getByRole('heading', { level: 2, name: planTitle })).toBeVisible();
      await page.goto('/journal/');
      await expect(page.getByLabel('Sleep (hours)')).toHaveValue('7.5');
    });
  });
}

test('an archive brought back while signed in reaches the account’s other devices', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await importFiles(page, runs.slice(0, 2));
  await page.goto('/settings/');
  const archive = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Download everything' }).click(),
  );

  const email = `restore-${Date.now()}@example.com`;
  const restoring = await browser.newContext();
  const restorer = await restoring.newPage();
  await signUp(restorer, email);
  await restorer.goto('/settings/');
  await restorer.getByLabel('Choose a Splits archive (.zip)').setInputFiles(archive.path);
  await expect(restorer.getByTestId('restore-status')).toContainText('is back: 2 activities');
  await expect(restorer.locator('[data-sync-status]')).toHaveAttribute(
    'data-sync-status',
    'backed-up',
    { timeout: 30_000 },
  );
  await restoring.close();

  const another = await browser.newContext();
  const other = await another.newPage();
  await signIn(other, email);
  await other.goto('/activities/');
  await expect(activityRows(other)).toHaveCount(2, { timeout: 30_000 });
  // The restored streams came from the relay too: the chart of the first one draws.
  await activityRows(other).first().click();
  await expect(other.getByTestId('stream-chart').first()).toBeVisible({ timeout: 30_000 });
  await another.close();
});
