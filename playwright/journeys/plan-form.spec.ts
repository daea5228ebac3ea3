import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';
import { makePlan, VIEWPORTS } from './plan-support';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const row = (days: number, seconds: number) => ({
  name: `row-${days}.gpx`,
  mimeType: 'application/gpx+xml',
  buffer: Buffer.from(
    tinyGpx(seconds, 4, daysAgo(days)).replace('<type>running</type>', '<type>rowing</type>'),
  ),
});

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('the plan form starts from the history actually there, and asks when there is too little', async ({
      page,
    }) => {
      await page.goto('/activities/');
      // Two 30-minute rows, 19 and 5 days ago: three weeks of history, 20 minutes a week.
      await page.getByLabel('Choose files').setInputFiles([row(19, 1800), row(5, 1800)]);
      await expect(page.getByTestId('import-status')).toHaveText('Done: 2 imported.');

      await page.goto('/plan/');
      const form = page.getByRole('form', { name: 'Make a plan' });
      await form.getByRole('radio', { name: 'Rowing' }).check();
      await expect(form.getByLabel('Minutes you train per week now')).toHaveValue('20');
      await expect(form).toContainText(
        'From your last 3 weeks of rowing (2 sessions): about 20 min a week.',
      );
      await expect(form.getByLabel('Your longest recent session (min)')).toHaveValue('30');

      // No running here: the form asks, and will not build on an empty answer.
      await form.getByRole('radio', { name: 'Running' }).check();
      await expect(form.getByLabel('Minutes you train per week now')).toHaveValue('');
      await expect(form).toContainText('How many minutes a week do you train now?');
    });

    test('a stretch goal says so before you start, and every assumption says where to set the real value', async ({
      page,
    }) => {
      await makePlan(page, { goal: 'half-marathon', raceInDays: 63, weeklyMin: '120' });
      await expect(page.getByTestId('plan-feasibility')).toContainText('A stretch goal');
      const before = page.getByRole('note', { name: 'Before you start' });
      await expect(before).toContainText('half marathon is a stretch');
      await page.getByText(/^What this plan assumes \(\d\)$/).click();
      const assumed = page.getByRole('list', { name: 'What this plan assumes' });
      await expect(assumed).toContainText('Your longest recent session is taken as about');
      await expect(assumed).toContainText('No recent race or test time');
      await expect(
        assumed.getByRole('link', { name: 'Set your real value in Settings' }).first(),
      ).toHaveAttribute('href', '/settings/');
      await page.screenshot({ path: `test-results/plan-stretch-${name}.png`, fullPage: true });
    });
  });
}
