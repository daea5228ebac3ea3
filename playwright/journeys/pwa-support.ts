// Helpers for the pwa-* journeys: where the built app is, and waiting for the service worker.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The static export the relay serves (scripts/e2e-relay.mjs serves the same folder). */
export const APP_DIR = fileURLToPath(new URL('../../out/', import.meta.url));

/** Every page of the export as its URL (`/`, `/journal/`), read from `out/` so new pages count. */
export function exportedPages(dir = APP_DIR): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'index.html') pages.push(`/${relative(APP_DIR, dir).split(sep).join('/')}`);
    else if (statSync(full).isDirectory() && !['_next', '_not-found', '404'].includes(name)) {
      pages.push(...exportedPages(full));
    }
  }
  return pages.map((p) => (p.endsWith('/') ? p : `${p}/`)).sort();
}

/** Resolves once the service worker is active and in control of the page. */
export async function waitForServiceWorkerControl(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return registration.active?.scriptURL ?? '';
  });
}
