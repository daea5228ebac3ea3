import { test, expect } from './fixtures';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a bottom tab bar puts Record in reach, and More holds the rest', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toHaveCount(1);
    const tabs = nav.getByRole('link');
    await expect(tabs).toHaveText(['Today', 'Plan', 'Record', 'Activities']);
    await expect(nav.getByRole('button', { name: 'More' })).toBeVisible();

    // The bar sits at the bottom of the screen, every target at least 48 px tall.
    const bar = await nav.boundingBox();
    expect(bar!.y + bar!.height).toBeGreaterThan(844 - 2);
    for (const name of ['Today', 'Plan', 'Record', 'Activities']) {
      const box = await nav.getByRole('link', { name }).boundingBox();
      expect(box!.height, name).toBeGreaterThanOrEqual(48);
    }

    await nav.getByRole('link', { name: 'Record' }).tap();
    await expect(page).toHaveURL(/\/record\/$/);
    await expect(nav.getByRole('link', { name: 'Record' })).toHaveAttribute('aria-current', 'page');

    const more = nav.getByRole('button', { name: 'More' });
    await more.tap();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();

    await more.tap();
    await nav.getByRole('link', { name: 'Journal' }).tap();
    await expect(page).toHaveURL(/\/journal\/$/);
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  });
});

test('a wide screen shows every place in the header and no tab bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole('link')).toHaveText([
    'Today',
    'Plan',
    'Record',
    'Activities',
    'Fitness',
    'Journal',
    'Settings',
    'Account',
  ]);
});

test('the theme follows the device until the athlete chooses, and the choice is kept', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/settings/');
  const html = page.locator('html');
  await expect(html).toHaveClass(/\bdark\b/);
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await page.getByRole('radio', { name: 'Match this device' }).check();
  await expect(html).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).not.toHaveClass(/\bdark\b/);
});
