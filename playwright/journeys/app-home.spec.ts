import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';

/** Resolves once this device's derived index exists: the shell has rebuilt it at least once. */
async function indexBuilt(page: import('@playwright/test').Page) {
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await indexedDB.databases()).some((db) => db.name?.startsWith('splits-index-')),
      ),
    )
    .toBe(true);
}

test('the home page starts no engine worker until a screen needs one', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Splits' })).toBeVisible();
  await indexBuilt(page);
  await page.waitForLoadState('networkidle');
  expect(workers).toEqual([]);

  // Importing a file is work for the engine: the worker starts then, and the index follows.
  await page.getByRole('link', { name: 'Activities' }).first().click();
  await page.getByLabel('Choose files').setInputFiles({
    name: 'river-run.gpx',
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(tinyGpx(900, 3, '2026-11-20T07:00:00Z')),
  });
  await expect(page.getByTestId('import-status')).toHaveText('Done: 1 imported.');
  expect(workers).toHaveLength(1);
  await expect(page.getByRole('link', { name: /2\.70 km/ })).toBeVisible();
});
