import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

// Chromium never offers installing in an incognito-like context, which is what Playwright's
// contexts are, so this journey uses a real profile. The flag skips only the "has the user engaged
// with this site long enough" heuristic; every other installability rule still applies.
test('Chromium finds Splits installable and the quiet Install button opens its dialog', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  const profileDir = mkdtempSync(join(tmpdir(), 'splits-install-'));
  const context = await playwright.chromium.launchPersistentContext(profileDir, {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--bypass-app-banner-engagement-checks'],
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));

    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const install = page.getByRole('button', { name: 'Install Splits' });
    await expect(install).toBeVisible();
    await install.click();
    // The browser's own dialog takes over; a prompt can be used once, so the button steps aside.
    await expect(install).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
