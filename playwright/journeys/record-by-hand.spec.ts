import { test, expect } from './fixtures';

test('a session entered by hand is saved and listed', async ({ page }) => {
  await page.goto('/record/');
  await page.getByText('No devices? Enter a session by hand').click();
  await page.getByLabel('Sport', { exact: true }).selectOption('running');
  await page.getByLabel('minutes').fill('30');
  await page.getByLabel('Distance (km)').fill('5');
  await page.getByLabel('Average heart rate (bpm)').fill('150');
  await page.getByLabel(/Effort/).fill('6');
  await page.getByLabel('Notes').fill('Easy loop by the river');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('saved-summary')).toHaveText('Saved: 5.00 km in 30:00. Well done.');
  await page.getByRole('link', { name: 'activities', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('link')).toContainText([
    /Running/,
  ]);
});
