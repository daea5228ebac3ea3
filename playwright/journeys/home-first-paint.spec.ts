import { expect, test } from './fixtures';

// Today as first painted, before the app's scripts have loaded the profile: on a phone the setup
// offer is the largest thing on the page, so it must be there at once on a new device, and must
// not appear and vanish (moving every card below it) on a device that is set up.
test.use({ viewport: { width: 390, height: 844 } });

test('a new device sees the setup offer in the page as served', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Splits' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Set up my plan' })).toBeVisible();
  await context.close();
});

test('an athlete who said no thanks never sees the offer while Today loads', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'No thanks' }).click();
  await expect(page.getByTestId('setup-offer')).toHaveCount(0);
  // Checked before every frame from the very first one: was the offer ever on screen?
  await page.addInitScript(`(() => {
    window.__offerSeen = false;
    const check = () => {
      const offer = document.querySelector('[data-testid="setup-offer"]');
      if (offer && offer.checkVisibility()) window.__offerSeen = true;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  // The profile has loaded once the place kept for the offer is gone.
  await expect(page.locator('[data-setup-offer-pending]')).toHaveCount(0);
  expect(await page.evaluate('window.__offerSeen')).toBe(false);
});
