// Debian's Chromium through Playwright, with the flags that work on this machine.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../lighthouse-runs.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Starts collecting long tasks (over 50 ms, the browser's own threshold) on the page; the
 * returned function reads what was collected since. Installed from source text because tsx
 * wraps named functions with a helper that does not exist in the page.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  })()`);
  return () => page.evaluate('window.__longTasks.splice(0)') as Promise<number[]>;
}

export const ms = (value: number) => `${Math.round(value)} ms`;
