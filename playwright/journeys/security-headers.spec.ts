import { test as base } from '@playwright/test';
import { test, expect } from './fixtures';

// Every top-level page of the built app, as the relay serves it with its Content-Security-Policy.
const PAGES = [
  '/',
  '/activities/',
  '/plan/',
  '/journal/',
  '/fitness/',
  '/record/',
  '/settings/',
  '/account/',
];

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Collects every violation the page's policy reports, from before the first script runs. */
async function watchViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
}

test('every page runs under the policy with no violation', async ({ page }) => {
  await watchViolations(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*unsafe/);
    expect(headers['permissions-policy'], path).toContain('bluetooth=(self)');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
  }
});

base(
  'the journey would see a violation: an injected inline script is blocked and reported',
  async ({ page }) => {
    await watchViolations(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  },
);
