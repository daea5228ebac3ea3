import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';
import { readIndexTables, waitForSaved, watchErrors } from './store-helpers';

test('profile and journal survive a reload and a browser restart', async ({
  playwright,
  baseURL,
}, testInfo) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'splits-profile-'));
  const launch = () =>
    playwright.chromium.launchPersistentContext(userDataDir, {
      ...testInfo.project.use.launchOptions,
      baseURL,
    });
  const errors: string[] = [];
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    watchErrors(page, errors);
    await page.goto('/settings/');
    await page.getByLabel('Name').fill('Ada');
    await page.getByLabel('Imperial (mi, ft)').check();
    await page.getByLabel('Max heart rate (bpm)').fill('188');
    // A full page load aborts IndexedDB transactions that have not committed yet.
    await waitForSaved(page);
    await page.goto('/journal/');
    await page.getByLabel('Sleep (hours)').fill('7.5');
    await waitForSaved(page);

    await page.reload();
    await expect(page.getByLabel('Sleep (hours)')).toHaveValue('7.5');
    await page.goto('/settings/');
    await expect(page.getByLabel('Name')).toHaveValue('Ada');
    await expect(page.getByLabel('Imperial (mi, ft)')).toBeChecked();
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    watchErrors(page, errors);
    await page.goto('/settings/');
    await expect(page.getByLabel('Name')).toHaveValue('Ada');
    await expect(page.getByLabel('Max heart rate (bpm)')).toHaveValue('188');
    await expect(page.getByLabel('Imperial (mi, ft)')).toBeChecked();
    await page.goto('/');
    await expect(page.getByText('Logged today: sleep 7.5 h.')).toBeVisible();
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});

test('two tabs stay in step live, without an account', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByText('Logged today')).toHaveCount(0);
  const second = await context.newPage();
  await second.goto('/journal/');
  await second.getByLabel('Sleep (hours)').fill('8');
  await expect(page.getByText('Logged today: sleep 8 h.')).toBeVisible();

  await page.goto('/settings/');
  await second.goto('/settings/');
  await second.getByLabel('Imperial (mi, ft)').check();
  await expect(page.getByLabel('Imperial (mi, ft)')).toBeChecked();
  await page.getByLabel('Metric (km, m)').check();
  await expect(second.getByLabel('Metric (km, m)')).toBeChecked();
});

test('the derived index rebuilds exactly after its database is deleted', async ({ page }) => {
  await page.goto('/activities/');
  await page.getByLabel('Choose files').setInputFiles(
    ['2026-11-10T07:00:00Z', '2026-11-12T18:30:00Z', '2026-11-15T09:00:00Z'].map((start, i) => ({
      name: `run-${i}.gpx`,
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(tinyGpx(600 + i * 120, 3, start)),
    })),
  );
  await expect(page.getByTestId('import-status')).toHaveText('Done: 3 imported.');
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('link')).toHaveCount(3);
  await expect
    .poll(async () =>
      (await readIndexTables(page)).days.some((d) => (d as { ctl: unknown }).ctl !== null),
    )
    .toBe(true);
  const before = await readIndexTables(page);
  expect(before.activities).toHaveLength(3);

  await page.evaluate(async () => {
    const athleteId = localStorage.getItem('splits.athleteId');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(`splits-index-${athleteId}`);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('link')).toHaveCount(3);
  await expect.poll(async () => readIndexTables(page)).toEqual(before);
});
