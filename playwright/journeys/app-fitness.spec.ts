import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';

test('after importing, the fitness page charts fitness and says what insights need', async ({
  page,
}) => {
  await page.goto('/fitness/');
  await expect(
    page.getByText('Your chart starts with your first imported or recorded session.'),
  ).toBeVisible();
  await page.goto('/activities/');
  await page.getByLabel('Choose files').setInputFiles(
    ['2026-11-16T07:00:00Z', '2026-11-18T07:00:00Z'].map((start, i) => ({
      name: `run-${i}.gpx`,
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(tinyGpx(1200, 3, start)),
    })),
  );
  await expect(page.getByTestId('import-status')).toHaveText('Done: 2 imported.');
  await page.getByRole('link', { name: 'Fitness' }).click();
  await expect(page.getByTestId('fitness-summary')).toContainText(
    /fitness \d+\.\d, fatigue \d+\.\d/,
  );
  await expect(page.getByTestId('stream-chart').first().locator('svg')).toBeVisible();
  await expect(page.getByTestId('insights-status')).toContainText(/\d+ more/);
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Form and fitness' })).toBeVisible();
  await expect(page.locator('dt:text-is("Fitness (CTL)") + dd')).toHaveText(/^\d+$/);
});
