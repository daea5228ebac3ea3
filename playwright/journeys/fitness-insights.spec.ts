import { viewports } from './data-support';
import { expect, test } from './fixtures';
import { importRuns, utcDate } from './fitness-support';

/**
 * A planted relation: 24 days, each with a logged night's sleep and a 20-minute run whose speed
 * rises with that sleep (plus noise), so efficiency (speed per heartbeat) goes with sleep.
 */
function plantedHistory() {
  let seed = 20270901;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: 24 }, (_, i) => {
    const sleepHours = Math.round((5.5 + 3.5 * random()) * 4) / 4;
    return {
      daysAgo: 26 - i,
      hourUtc: 6 + Math.floor(random() * 3),
      speedMps: 2.4 + 0.3 * (sleepHours - 5.5) + 0.3 * (random() - 0.5),
      seconds: 1200,
      sleepHours,
    };
  });
}

for (const { device, viewport } of viewports) {
  test.describe(`insights on a ${device}`, () => {
    test.use({ viewport, timezoneId: 'UTC' });

    test('a planted relation shows as a finding with its scatter and n', async ({ page }) => {
      test.setTimeout(180_000);
      const history = plantedHistory();
      await importRuns(page, history);
      await page.goto('/journal/');
      for (const day of history) {
        await page.getByLabel('Date', { exact: true }).fill(utcDate(-day.daysAgo));
        await page.getByLabel('Sleep (hours)').fill(String(day.sleepHours));
      }
      await page.goto('/fitness/');
      const finding = page.getByTestId('insight-finding').first();
      await expect(finding).toContainText(
        /^On 24 runs \((about \d+ independent|each about independent)\), more sleep the night before went with more efficiency/,
      );
      await expect(finding).toContainText(/Spearman ρ 0\.\d\d/);
      const scatter = finding.getByTestId('insight-scatter');
      await expect(scatter).toHaveAttribute('aria-hidden', 'true');
      await expect(scatter.locator('.recharts-scatter-symbol')).toHaveCount(24);
      // Hidden from screen readers, so nothing inside may take focus either.
      await expect(
        scatter.locator('[tabindex]:not([tabindex="-1"]), a, button, input'),
      ).toHaveCount(0);
      await finding.getByText('The 24 runs as a table').click();
      await expect(finding.locator('tbody tr')).toHaveCount(24);
      await expect(
        finding.getByRole('columnheader', { name: 'Sleep the night before (h)' }),
      ).toBeVisible();
      await finding.getByRole('link', { name: 'How we check' }).click();
      await expect(page.getByRole('heading', { name: 'How we check a pattern' })).toBeInViewport();
      await expect(page.locator('#how-we-check')).toContainText('effective number');
    });
  });
}
