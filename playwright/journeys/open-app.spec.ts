import { test, expect } from './fixtures';

test('the app opens with its name and no console errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Splits' })).toBeVisible();
  await expect(page).toHaveTitle(/Splits/);
});
