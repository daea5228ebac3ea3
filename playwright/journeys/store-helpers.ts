import type { BrowserContext, Page } from '@playwright/test';

/** Waits until every change the page made is confirmed written to IndexedDB. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-pending-writes="0"]').waitFor({ state: 'attached' });
}

/** Opens `path` in `page` and in a second tab of the same browser; returns the second tab. */
export async function openTwoTabs(
  page: Page,
  context: BrowserContext,
  path: string,
): Promise<Page> {
  const second = await context.newPage();
  await page.goto(path);
  await second.goto(path);
  return second;
}

/** Collects console errors, page errors and failed responses, like the shared fixture. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
  });
}

/** Rows of the derived index, read straight from IndexedDB (not through the app). */
export function readIndexTables(page: Page) {
  return page.evaluate(async () => {
    const athleteId = localStorage.getItem('splits.athleteId');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`splits-index-${athleteId}`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const tables = { activities: await all('activities'), days: await all('days') };
    db.close();
    return tables;
  });
}
