import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

test('the plan form starts from the weekly minutes of the last four weeks of history', async ({
  page,
}) => {
  await page.goto('/activities/');
  // Three 40-minute runs in the last four weeks: 120 min over 4 weeks is 30 min a week.
  await page.getByLabel('Choose files').setInputFiles(
    [3, 6, 12].map((days, i) => ({
      name: `run-${i}.gpx`,
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(tinyGpx(2400, 3, daysAgo(days))),
    })),
  );
  await expect(page.getByTestId('import-status')).toHaveText('Done: 3 imported.');

  await page.getByRole('link', { name: 'Plan' }).click();
  const form = page.getByRole('form', { name: 'Make a plan' });
  const weekly = form.getByLabel('Minutes you train per week now');
  await expect(weekly).toHaveValue('30');
  await expect(form).toContainText('From your last 4 weeks of running: about 30 min a week.');

  // No rowing yet: the athlete's own estimate, with a default to start from.
  await form.getByRole('radio', { name: 'Rowing' }).check();
  await expect(weekly).toHaveValue('180');
  await expect(form).toContainText('Your best guess is fine');
});
