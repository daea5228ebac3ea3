import { viewports } from './data-support';
import { expect, test } from './fixtures';

for (const { device, viewport } of viewports) {
  test.describe(`setup skipped or interrupted on a ${device}`, () => {
    test.use({ viewport });

    test('skipping every step leaves a usable app and Today offers to finish', async ({ page }) => {
      await page.goto('/start/');
      for (let n = 1; n <= 5; n++) {
        await expect(page.getByTestId('setup-progress')).toContainText(`Step ${n} of 6`);
        await page.getByRole('button', { name: 'Skip for now' }).click();
      }
      const missing = page.getByTestId('plan-missing');
      await expect(missing).toContainText('your goal, or “just fitter”');
      await expect(missing).toContainText('the days you can train');
      await expect(missing).toContainText('how much you train a week now (0 is fine)');
      await expect(page.getByRole('button', { name: 'Make my plan' })).toBeDisabled();
      await page.getByRole('button', { name: 'Skip for now' }).click();

      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { name: 'Finish setting up' })).toBeVisible();
      await expect(page.getByTestId('setup-offer')).toContainText('“Your plan”');
      await page.goto('/journal/');
      await page.getByLabel('Sleep (hours)').fill('7.5');
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      await expect(page.getByText('Logged today: sleep 7.5 h.')).toBeVisible();

      await page.getByRole('link', { name: 'Finish setting up' }).click();
      await expect(page.getByTestId('setup-progress')).toHaveText('Step 6 of 6 · Your plan');
      await page.getByRole('button', { name: 'Answer in “Your goal”' }).click();
      await expect(page.getByTestId('setup-progress')).toHaveText('Step 2 of 6 · Your goal');

      await page.goto('/');
      await page.getByRole('button', { name: 'No thanks' }).click();
      await expect(page.getByTestId('setup-offer')).toHaveCount(0);
      await page.reload();
      await expect(page.getByRole('link', { name: 'Make a plan' })).toBeVisible();
      await expect(page.getByTestId('setup-offer')).toHaveCount(0);
    });

    test('a reload mid-setup resumes at the step with the answers kept', async ({ page }) => {
      await page.goto('/start/');
      await page.getByLabel('Rowing').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('2,000 m').check();
      await page
        .getByLabel('Race date')
        .fill(new Date(Date.now() + 70 * 86_400_000).toISOString().slice(0, 10));
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByTestId('setup-progress')).toHaveText('Step 3 of 6 · Your week');

      await page.reload();
      await expect(page.getByTestId('setup-progress')).toHaveText('Step 3 of 6 · Your week');
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.getByLabel('2,000 m')).toBeChecked();
      // Only rowing goals: the athlete said they row.
      await expect(page.getByLabel('Half marathon')).toHaveCount(0);
    });
  });
}
