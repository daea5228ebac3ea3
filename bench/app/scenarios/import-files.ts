// Importing many files in Chromium: from choosing them to "Done", with every long task on the
// main thread counted. The floor, in the same page: reading the same files and parsing them with
// the browser's own XML parser on the main thread, the least any import of them must do.
import type { Browser, Page } from '@playwright/test';
import { watchLongTasks } from './browser.ts';

export type ImportFigures = {
  files: number;
  totalMs: number;
  perFileMs: number;
  longTasksMs: number[];
  referenceMs: number;
};

/** Chooses `files` in the import panel and waits until every one has an outcome. */
export async function chooseAndWait(
  page: Page,
  files: string[],
  timeoutMs: number,
): Promise<number> {
  const input = page.locator('input[type=file]');
  await input.waitFor({ state: 'attached' });
  await page.evaluate(`(() => {
    const input = document.querySelector('input[type=file]');
    input.addEventListener('change', () => {
      window.__importStart = performance.now();
      window.__chosen = [...input.files];
    }, { capture: true, once: true });
  })()`);
  await input.setInputFiles(files);
  const status = page.getByTestId('import-status');
  await status.filter({ hasText: /^Done/ }).waitFor({ timeout: timeoutMs });
  return (await page.evaluate('performance.now() - window.__importStart')) as number;
}

const PARSE_FLOOR = `(async () => {
  const files = window.__chosen;
  const t0 = performance.now();
  for (const file of files) {
    const text = await file.text();
    new DOMParser().parseFromString(text, 'application/xml');
  }
  return performance.now() - t0;
})()`;

export async function importScenario(
  browser: Browser,
  appUrl: string,
  files: string[],
): Promise<ImportFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${appUrl}/activities/`);
    const longTasks = await watchLongTasks(page);
    const totalMs = await chooseAndWait(page, files, 600_000);
    const longTasksMs = await longTasks();
    const referenceMs = (await page.evaluate(PARSE_FLOOR)) as number;
    return {
      files: files.length,
      totalMs,
      perFileMs: totalMs / files.length,
      longTasksMs,
      referenceMs,
    };
  } finally {
    await context.close();
  }
}
