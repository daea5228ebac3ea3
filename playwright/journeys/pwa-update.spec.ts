import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { APP_DIR, waitForServiceWorkerControl } from './pwa-support';

const SW_PATH = join(APP_DIR, 'sw.js');

// A deploy replaces out/sw.js; these journeys do the same with a byte-different copy, then put the
// original back, so the journeys after them see the build as it was.
test.describe('a new version waits for the athlete to choose to reload', () => {
  let original = '';

  test.beforeEach(async ({ page }) => {
    original = readFileSync(SW_PATH, 'utf8');
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    writeFileSync(SW_PATH, `${original}\n// a newer build\n`);
  });

  test.afterEach(() => {
    writeFileSync(SW_PATH, original);
  });

  async function findUpdate(page: import('@playwright/test').Page) {
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    const prompt = page.getByRole('region', { name: 'New version' });
    await expect(prompt).toContainText('A new version of Splits is ready.');
    return prompt;
  }

  test('the prompt appears, nothing reloads by itself, and Reload switches version', async ({
    page,
  }) => {
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    const prompt = await findUpdate(page);
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.waiting !== null;
    });
    expect(waiting).toBe(true);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return {
        waiting: registration.waiting !== null,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(after).toEqual({ waiting: false, controlled: true });
    await expect(page.getByText('A new version of Splits is ready')).toHaveCount(0);
  });

  test('"Not now" puts the prompt away and keeps the current version', async ({ page }) => {
    const prompt = await findUpdate(page);
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByText('A new version of Splits is ready')).toHaveCount(0);
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.waiting !== null;
    });
    expect(waiting).toBe(true);
  });
});
