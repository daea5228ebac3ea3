import { test, expect } from './fixtures';
import { exportedPages, waitForServiceWorkerControl } from './pwa-support';

test.describe('Splits works offline once it has been opened', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    const scriptURL = await waitForServiceWorkerControl(page);
    expect(new URL(scriptURL).pathname).toBe('/sw.js');
  });

  test('the service worker installs, takes control and holds the app shell', async ({ page }) => {
    const shell = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          urls.push(new URL(request.url).pathname);
        }
      }
      return urls;
    });
    for (const url of exportedPages()) expect(shell).toContain(url);
    expect(shell).toContain('/manifest.webmanifest');
    expect(shell).toContain('/icon-192.png');
    expect(shell).toContain('/offline.html');
    expect(shell.some((url) => url.startsWith('/_next/static/chunks/'))).toBe(true);
    expect(shell.some((url) => url.endsWith('.txt'))).toBe(true);
  });

  test('offline, the app reloads and every page opens from the device', async ({
    page,
    context,
  }) => {
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page).toHaveTitle(/Splits/);
    await expect(page).not.toHaveTitle(/Offline/);
    await expect(page.locator('h1').first()).toBeVisible();
    for (const url of exportedPages()) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect(response?.fromServiceWorker(), url).toBe(true);
      await expect(page, url).not.toHaveTitle(/Offline/);
      await expect(page.locator('h1').first(), url).toBeVisible();
    }
  });

  test('offline, following a link moves to the next page without the network', async ({
    page,
    context,
  }) => {
    const pages = exportedPages();
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const target = hrefs.find((href) => href !== '/' && pages.includes(href));
    expect(target, `a link from / to one of ${pages.join(', ')}`).toBeDefined();
    await context.setOffline(true);
    await page.evaluate(() => Object.assign(window, { stayedOnPage: true }));
    await page.locator(`a[href="${target}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator('h1').first()).toBeVisible();
    // Same document: the router swapped the page in, it did not fall back to a full load.
    expect(await page.evaluate(() => 'stayedOnPage' in window)).toBe(true);
  });

  test('offline, a page this version does not have says so kindly', async ({ page, context }) => {
    await context.setOffline(true);
    await page.goto('/a-page-that-does-not-exist/');
    await expect(page).toHaveTitle('Offline · Splits');
    await expect(page.getByRole('heading', { name: "You're offline" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to Splits' })).toHaveAttribute('href', '/');
  });

  test("the relay's live paths always go to the network, never to a cache", async ({ page }) => {
    const health = page.waitForResponse((res) => new URL(res.url()).pathname === '/healthz');
    await page.evaluate(() => fetch('/healthz').then((res) => res.json()));
    expect((await health).fromServiceWorker()).toBe(false);
    const cached = await page.evaluate(async () => {
      const hits: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const path of ['/healthz', '/metrics', '/api/me']) {
          if (await cache.match(path, { ignoreSearch: true })) hits.push(`${name}: ${path}`);
        }
      }
      return hits;
    });
    expect(cached).toEqual([]);
  });
});
