import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';

function gpxFile(name: string, seconds: number, startIso: string) {
  return {
    name,
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(tinyGpx(seconds, 3, startIso)),
  };
}

test('importing a GPX file shows its summary, splits and chart; a bad file gets a clear error', async ({
  page,
}) => {
  await page.goto('/activities/');
  await page
    .getByLabel('Choose files')
    .setInputFiles([
      gpxFile('river-run.gpx', 900, '2026-11-20T07:00:00Z'),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes') },
    ]);
  await expect(page.getByTestId('import-status')).toHaveText(
    'Done: 1 imported, 1 could not be read.',
  );
  await expect(page.getByText('river-run.gpx: imported.')).toBeVisible();
  await expect(page.getByText(/"notes\.txt" is not a FIT, GPX or TCX activity file/)).toBeVisible();

  const row = page.getByRole('list', { name: 'Activities' }).getByRole('link');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('2.70 km');
  await row.click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Running on');
  await expect(page.getByText('From river-run.gpx')).toBeVisible();
  await expect(page.locator('dt:text-is("Moving time") + dd')).toHaveText('14:59');
  const splits = page.getByRole('table', { name: 'Splits per km' });
  await expect(splits.getByRole('row')).toHaveCount(4);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
});

test('importing 100 files keeps the main thread free of long tasks', async ({ page }) => {
  await page.goto('/activities/');
  const texts = Array.from({ length: 100 }, (_, i) =>
    tinyGpx(300, 3, new Date(Date.parse('2026-06-01T07:00:00Z') + i * 86_400_000).toISOString()),
  );
  // The files are made before measuring: building them is the test's work, not the app's.
  await page.evaluate((gpxTexts) => {
    const transfer = new DataTransfer();
    gpxTexts.forEach((text, i) =>
      transfer.items.add(new File([text], `run-${i}.gpx`, { type: 'application/gpx+xml' })),
    );
    const w = window as unknown as { longTasksMs: number[]; pendingFiles: FileList };
    w.pendingFiles = transfer.files;
    w.longTasksMs = [];
  }, texts);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { longTasksMs: number[]; pendingFiles: FileList };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longTasksMs.push(entry.duration);
        }).observe({ type: 'longtask', buffered: false });
        const input = document.querySelector<HTMLInputElement>('input[type=file]');
        if (!input) throw new Error('No file input on the page.');
        input.files = w.pendingFiles;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        resolve();
      }),
  );
  await expect(page.getByTestId('import-status')).toHaveText('Done: 100 imported.', {
    timeout: 120_000,
  });
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('link')).toHaveCount(100);
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasksMs: number[] }).longTasksMs,
  );
  expect(longTasks.filter((ms) => ms > 50)).toEqual([]);
});
