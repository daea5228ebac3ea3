import { viewports } from './data-support';
import { expect, test } from './fixtures';
import { fitnessFigure, importRuns } from './fitness-support';

/** Three weeks of ordinary running: 40 minutes every other day, ending yesterday. */
const threeWeeks = Array.from({ length: 11 }, (_, i) => ({
  daysAgo: 21 - 2 * i,
  hourUtc: 7,
  speedMps: 3,
  seconds: 2400,
}));

for (const { device, viewport } of viewports) {
  test.describe(`fitness on a ${device}`, () => {
    test.use({ viewport, timezoneId: 'UTC' });

    test('a 3-week history says form is not meaningful yet, never fatigue', async ({ page }) => {
      await importRuns(page, threeWeeks);
      // Today reads the figures as the Fitness page does.
      await page.goto('/');
      await expect(page.getByTestId('form-words')).toContainText('Form is not meaningful yet');
      await expect(page.getByTestId('load-ratio-words')).toContainText('not meaningful yet');
      await page.goto('/fitness/');
      const meaning = page.getByTestId('form-meaning');
      await expect(meaning).toContainText('Form is not meaningful yet');
      await expect(meaning).toContainText('not fatigue');
      await expect(page.getByTestId('fitness-summary')).toContainText(
        /fitness \d+\.\d, fatigue \d+\.\d \(load/,
      );
      await expect(page.getByTestId('fitness-summary')).not.toContainText('form');
      await expect(page.getByText(/carrying a lot of fatigue/)).toHaveCount(0);
      await expect(page.getByTestId('chart-legend')).toContainText('Fitness (CTL)');
      await expect(page.getByTestId('chart-legend')).not.toContainText('Form');

      const ratio = page.getByTestId('load-ratio-note');
      await expect(ratio).toContainText(/^Load ratio \d\.\d\d: not meaningful yet/);
      await ratio.getByText('What is the load ratio?').click();
      await expect(ratio).toContainText('acute : chronic');
      await expect(ratio).toContainText('above 1.5');

      const leaned = page.getByTestId('load-assumptions');
      await expect(leaned).toContainText('threshold pace of 5:00 /km, a default');
      await page.getByRole('link', { name: 'Give your own in Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    });

    test('starting from a seeded estimate changes the fitness figure', async ({ page }) => {
      await importRuns(page, threeWeeks);
      await page.goto('/fitness/');
      await expect(page.getByTestId('fitness-start-status')).toHaveText(
        'Your chart starts from zero.',
      );
      const fromZero = await fitnessFigure(page);

      await page.getByLabel('My own figures, from another app').check();
      await page.getByRole('spinbutton', { name: 'Fitness (CTL)' }).fill('50');
      await expect(page.getByTestId('fitness-start-status')).toHaveText(
        'Your chart starts from fitness 50.0 and fatigue 50.0.',
      );
      await expect.poll(() => fitnessFigure(page)).toBeGreaterThan(fromZero + 20);
      await expect(page.getByTestId('form-meaning')).toHaveCount(0);
      await expect(page.getByTestId('fitness-summary')).toContainText(/form −?\d+\.\d/);
      const ownFigure = await fitnessFigure(page);

      await page
        .getByLabel(/^An estimate from your first (four weeks|\d+ days) here: fitness \d/)
        .check();
      await expect(page.getByTestId('fitness-start-status')).toHaveText(
        /starts from fitness \d+\.\d/,
      );
      await expect.poll(() => fitnessFigure(page)).not.toBe(ownFigure);
      await expect.poll(() => fitnessFigure(page)).toBeGreaterThan(fromZero);

      await page.reload();
      await expect(
        page.getByLabel(/^An estimate from your first (four weeks|\d+ days) here/),
      ).toBeChecked();
      const seeded = await fitnessFigure(page);
      await page.goto('/');
      await expect(page.locator('dt:text-is("Fitness (CTL)") + dd')).toHaveText(
        String(Math.round(seeded)),
      );
    });
  });
}
