import { expect, test } from './fixtures';
import { gpxRun, importFiles, openActivity } from './activity-support';
import { waitForSaved } from './store-helpers';

test('setting a threshold pace changes an imported run’s load, and the fitness chart follows', async ({
  page,
}) => {
  await importFiles(page, [gpxRun('tempo.gpx', 2400, '2026-11-20T07:00:00Z', 3.6)]);
  await openActivity(page, 'Morning run');
  const load = page.getByTestId('activity-load');
  await expect(load).toHaveText(/^\d+$/);
  const assumed = Number(await load.textContent());
  await expect(page.getByTestId('load-thresholds')).toContainText('assumed');

  await page.goto('/fitness/');
  const summary = page.getByTestId('fitness-summary');
  await expect(summary).toContainText(/fitness \d+\.\d/);
  const before = await summary.textContent();

  await page.goto('/settings/');
  // 4:00 /km: faster than the assumed 5:00, so the same run is easier for this athlete.
  const threshold = page.getByLabel('Threshold pace (per km)');
  await threshold.fill('4:00');
  await threshold.press('Tab');
  await waitForSaved(page);

  await page.goto('/activities/');
  await openActivity(page, 'Morning run');
  await expect(page.getByTestId('load-thresholds')).toContainText(
    'Threshold pace 4:00 /km — yours',
  );
  // rTSS goes with the square of the threshold speed: (4:00 / 5:00)² = 0.64 of the load.
  await expect(load).toHaveText(String(Math.round(assumed * 0.64)), { timeout: 15_000 });
  await expect(
    page.getByText(`When it was imported, with the settings of that day, it was ${assumed}.`),
  ).toBeVisible();

  await page.goto('/fitness/');
  await expect(summary).not.toHaveText(before ?? '');
});
