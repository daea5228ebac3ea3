import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { APP_DIR, waitForServiceWorkerControl } from './pwa-support';

const SW_PATH = join(APP_DIR, 'sw.js');
const STAND_IN = fileURLToPath(new URL('../../public/sw.js', import.meta.url));

// `next build` alone ships public/sw.js, the stand-in. A browser that has the precaching worker
// must then drop it and its caches rather than keep serving an old copy of the app.
test('a build without the precaching worker retires the old worker and its caches', async ({
  page,
}) => {
  const original = readFileSync(SW_PATH, 'utf8');
  try {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

    writeFileSync(SW_PATH, readFileSync(STAND_IN));
    const left = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const gone = new Promise<void>((resolve) => {
        const poll = async () => {
          if ((await navigator.serviceWorker.getRegistrations()).length === 0) resolve();
          else setTimeout(poll, 50);
        };
        void poll();
      });
      await registration.update();
      await gone;
      return caches.keys();
    });
    expect(left).toEqual([]);
    // The page goes on working from the network.
    await page.reload();
    await expect(page).toHaveTitle(/Splits/);
    await expect(page.locator('h1').first()).toBeVisible();
  } finally {
    writeFileSync(SW_PATH, original);
  }
});
