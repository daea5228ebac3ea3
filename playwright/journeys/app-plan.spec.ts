import { expect, test } from './fixtures';

function isoDateInDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

test('making a plan from a goal, then editing a workout locks it', async ({ page }) => {
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Make a plan' });
  await form.getByLabel('Goal').selectOption('10k');
  await form.getByLabel('Race date').fill(isoDateInDays(84));
  await form.getByLabel('Minutes you train per week now').fill('180');
  await form.getByRole('button', { name: 'Build my plan' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Running: 10 km' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Week 1 of / })).toBeVisible();
  const firstWorkout = page.locator('[data-workout-id]').first();
  await expect(firstWorkout).not.toContainText('Locked');

  await firstWorkout.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
  await dialog.getByLabel('Duration (min)').fill('25');
  await dialog.getByLabel('Notes').fill('Shorter: busy day at work');
  await dialog.getByRole('button', { name: 'Save and lock' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(firstWorkout).toContainText('Locked: you set this');
  await expect(firstWorkout).toContainText('25 min');
  await expect(firstWorkout).toContainText('Shorter: busy day at work');

  await page.getByRole('button', { name: 'Check the coming days' }).click();
  // A new plan with nothing missed and no load yet: the engine has nothing to change.
  await expect(
    page.getByText('No changes needed: the coming days fit how you are doing.'),
  ).toBeVisible();

  await page.reload();
  await expect(page.locator('[data-workout-id]').first()).toContainText('Locked: you set this');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open your plan' })).toBeVisible();
});
