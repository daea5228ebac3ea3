import type { Page } from '@playwright/test';
import { thresholdPaceFromRace } from '../../components/onboarding/history-estimates';
import { formatClock } from '../../engine/units/clock';
import { viewports } from './data-support';
import { expect, test } from './fixtures';

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const step = (page: Page, n: number, name: string) =>
  expect(page.getByTestId('setup-progress')).toHaveText(`Step ${n} of 6 · ${name}`);

const proceed = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

/** Steps 1–4 for a runner: sports and units, the goal, four days, 150 minutes a week. */
async function answerRunner(
  page: Page,
  goal: string,
  raceInDays: number,
  weeklyMin: string,
  units = 'Metric (km, m)',
) {
  await step(page, 1, 'What you train');
  await page.getByLabel('Running').check();
  await page.getByLabel(units).check();
  await proceed(page);
  await step(page, 2, 'Your goal');
  await expect(page.getByRole('heading', { name: 'What are you training for?' })).toBeFocused();
  await page.getByLabel(goal, { exact: true }).check();
  await page.getByLabel('Race date').fill(isoDateInDays(raceInDays));
  await proceed(page);
  await step(page, 3, 'Your week');
  for (const day of ['Tuesday', 'Thursday', 'Saturday', 'Sunday'])
    await page.getByLabel(day, { exact: true }).check();
  await page.getByLabel('Sunday: how long').selectOption('');
  await page.getByLabel('Long session on').selectOption('sun');
  await proceed(page);
  await step(page, 4, 'Training now');
  await page.getByLabel('Minutes of running a week, lately').fill(weeklyMin);
  await page.getByLabel('A season or two of regular training').check();
  await proceed(page);
  await step(page, 5, 'Your paces');
}

for (const { device, viewport } of viewports) {
  test.describe(`first-run setup on a ${device}`, () => {
    test.use({ viewport });

    test('a fresh device walks the setup to a plan', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Welcome to Splits' })).toBeVisible();
      await page.getByRole('link', { name: 'Set up my plan' }).click();
      await answerRunner(page, 'Half marathon', 16 * 7, '150');
      await page.getByLabel('From a recent race or time trial').check();
      await page.getByLabel('Distance').selectOption('10000');
      await page.getByLabel('Time', { exact: true }).fill('50:00');
      await proceed(page);
      await step(page, 6, 'Your plan');
      const summary = page.getByTestId('plan-summary');
      await expect(summary).toContainText('Running: half marathon on');
      await expect(summary).toContainText('150 min a week');
      await expect(summary).toContainText('10 km in 50:00');
      await page.getByRole('button', { name: 'Make my plan' }).click();
      // Focus follows the button that was replaced, for keyboard and screen reader alike.
      await expect(
        page.getByRole('heading', { name: /^Your plan is ready: \d+ weeks/ }),
      ).toBeFocused();
      await expect(page.getByText('Leave the setup for now')).toHaveCount(0);
      await expect(page.getByTestId('plan-made')).toContainText('Half marathon is realistic');
      await page.getByRole('link', { name: 'Open your plan' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'Running: half marathon' }),
      ).toBeVisible();
      // The race time became the threshold pace every running load is scored against (Daniels'
      // threshold pace for the VDOT of a 50-minute 10 km: 5:05 /km).
      await page.goto('/settings/');
      await expect(page.getByLabel('Threshold pace (per km)')).toHaveValue(
        formatClock(Math.round(thresholdPaceFromRace(10_000, 3000))),
      );
      await page.goto('/');
      await expect(page.getByRole('link', { name: 'Open your plan' })).toBeVisible();
      await expect(page.getByTestId('setup-offer')).toHaveCount(0);
    });

    test('an unrealistic goal says what would work and the athlete picks', async ({ page }) => {
      await page.goto('/start/');
      await answerRunner(page, 'Marathon', 4 * 7, '60');
      await page.getByLabel('Not sure? Estimate for me').check();
      await expect(page.getByText('There are no runs here to estimate from yet.')).toBeVisible();
      await proceed(page);
      await page.getByRole('button', { name: 'Make my plan' }).click();
      const offer = page.getByTestId('plan-alternatives');
      await expect(offer.getByText(/^Marathon is not realistic yet/)).toBeFocused();
      // The alternatives are the way on: no second "Make my plan" for the goal that will not work.
      await expect(page.getByRole('button', { name: 'Make my plan' })).toHaveCount(0);
      await expect(offer.getByLabel(/^Marathon on .*, a later race$/)).toBeChecked();
      await offer.getByLabel('Just get fitter: 12 weeks, no race').check();
      await offer.getByRole('button', { name: 'Make this plan' }).click();
      await expect(page.getByTestId('plan-made')).toContainText('Your plan is ready: 12 weeks.');
      await page.goto('/plan/');
      await expect(
        page.getByRole('heading', { level: 2, name: 'Running: general fitness' }),
      ).toBeVisible();
    });

    test('an imperial runner who knows their threshold pace gets a plan sized from it', async ({
      page,
    }) => {
      await page.goto('/start/');
      await answerRunner(page, '10 km', 10 * 7, '120', 'Imperial (miles, feet)');
      await page.getByLabel('I know my threshold pace').check();
      await page.getByLabel('Threshold pace (per mile)').fill('8:30');
      await proceed(page);
      await expect(
        page.getByTestId('plan-summary').locator('dt:text-is("Paces from") + dd'),
      ).toHaveText('your threshold pace of 8:30 /mi');
      await page.getByRole('button', { name: 'Make my plan' }).click();
      await expect(page.getByTestId('plan-made')).toBeVisible();
      await page.goto('/settings/');
      await expect(page.getByLabel('Threshold pace (per mile)')).toHaveValue('8:30');
    });
  });
}
