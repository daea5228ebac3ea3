import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

test('the plan form starts from the weekly minutes of the history there is', async ({ page }) => {
  await page.goto('/activities/');
  // Three 40-minute runs, the first 17 days ago: three weeks of history, 40 min a week.
  await page.getByLabel('Choose files').setInputFiles(
    [3, 10, 17].map((days, i) => ({
      name: `run-${i}.gpx`,
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(tinyGpx(2400, 3, daysAgo(days))),
    })),
  );
  await expect(page.getByTestId('import-status')).toHaveText('Done: 3 imported.');

  await page.getByRole('link', { name: 'Plan' }).click();
  const form = page.getByRole('form', { name: 'Make a plan' });
  const weekly = form.getByLabel('Minutes you train per week now');
  await expect(weekly).toHaveValue('40');
  await expect(form).toContainText(
    'From your last 3 weeks of running (3 sessions): about 40 min a week.',
  );

  // No rowing yet: the athlete is asked; nothing is assumed.
  await form.getByRole('radio', { name: 'Rowing' }).check();
  await expect(weekly).toHaveValue('');
  await expect(form).toContainText('Your best guess is fine');
});
