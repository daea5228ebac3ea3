import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';

function gpxFile(name: string, seconds: number, startIso: string) {
  return {
    name,
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(tinyGpx(seconds, 3, startIso)),
  };
}

test('importing a GPX file shows its summary, splits and chart; bad files get a clear error', async ({
  page,
}) => {
  await page.goto('/activities/');
  const whole = gpxFile('cut-run.gpx', 600, '2026-11-18T07:00:00Z');
  // Cut off inside its first point, as a copy interrupted early leaves it.
  const cut = { ...whole, buffer: whole.buffer.subarray(0, whole.buffer.indexOf('<ele>')) };
  await page
    .getByLabel('Choose files')
    .setInputFiles([
      cut,
      gpxFile('river-run.gpx', 900, '2026-11-20T07:00:00Z'),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes') },
    ]);
  await expect(page.getByTestId('import-status')).toHaveText(
    'Done: 1 imported, 2 could not be read.',
  );
  await expect(page.getByText('river-run.gpx: imported.')).toBeVisible();
  await expect(page.getByText(/"notes\.txt" is not a FIT, GPX or TCX activity file/)).toBeVisible();
  await expect(
    page.getByText(
      /^"cut-run\.gpx" could not be imported\. This GPX file ends before it is complete: it was probably cut off/,
    ),
  ).toBeVisible();

  const row = page.getByRole('list', { name: 'Activities' }).getByRole('link');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('2.70 km');
  await row.click();

  // The file's own name for it (the GPX track name) is its title.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning run');
  await expect(
    page.getByText(/^Running · .* · from river-run\.gpx \(Splits tests\)$/),
  ).toBeVisible();
  await expect(page.locator('dt:text-is("Moving time") + dd')).toHaveText('14:59');
  const splits = page.getByRole('table', { name: 'Splits per km' });
  await expect(splits.getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('stream-chart').first().locator('svg')).toBeVisible();
});

test('importing 100 files at once imports every one and lists them all', async ({ page }) => {
  await page.goto('/activities/');
  const texts = Array.from({ length: 100 }, (_, i) =>
    tinyGpx(300, 3, new Date(Date.parse('2026-06-01T07:00:00Z') + i * 86_400_000).toISOString()),
  );
  // Main-thread long tasks during a large import are measured by `npm run bench:app`, not here:
  // a timing threshold belongs in a benchmark, not in a test that must pass on a loaded machine.
  await page.locator('input[type=file]').setInputFiles(
    texts.map((text, i) => ({
      name: `run-${i}.gpx`,
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(text),
    })),
  );
  await expect(page.getByTestId('import-status')).toHaveText('Done: 100 imported.', {
    timeout: 120_000,
  });
  await expect(page.getByTestId('activity-count')).toContainText('100 activities');
  // Only the rows near the screen are in the page, yet the keyboard reaches every one.
  const list = page.getByRole('list', { name: 'Activities' });
  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeLessThan(100);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '100');
  await list.getByRole('link').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('[role=listitem]:focus-within')).toHaveAttribute(
    'aria-posinset',
    '100',
  );
  await page.keyboard.press('Home');
  await expect(page.locator('[role=listitem]:focus-within')).toHaveAttribute('aria-posinset', '1');
});
