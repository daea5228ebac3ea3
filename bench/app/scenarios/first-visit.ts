// What a first visit costs: every byte over the wire until the service worker has precached the
// app (what a phone on a metered plan pays), and an offline cold start once it has. Floors, same
// run and browser: the blank Next.js page's first visit, and its (online) cold start.
import type { Browser, BrowserContext, Request } from '@playwright/test';

export type FirstVisitFigures = {
  wireBytes: number;
  wireReferenceBytes: number;
  requests: number;
  uncompressedTextResponses: string[];
  offlineStartMs: number;
  offlineReferenceMs: number;
};

const TEXT = /javascript|css|html|json|xml|svg|text\//;

/** Bytes on the wire (headers and encoded bodies) for every response the context receives. */
function countBytes(context: BrowserContext) {
  const counted = { bytes: 0, requests: 0, uncompressed: [] as string[] };
  const pending: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        counted.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        counted.requests += 1;
        const response = await request.response();
        const headers = response ? await response.allHeaders() : {};
        const type = headers['content-type'] ?? '';
        if (TEXT.test(type) && !headers['content-encoding'] && sizes.responseBodySize > 1024) {
          counted.uncompressed.push(request.url());
        }
      })(),
    );
  };
  context.on('requestfinished', onFinished);
  /** Every response finished so far, counted; later ones are not (the visit is over). */
  const settled = async () => {
    context.off('requestfinished', onFinished);
    await Promise.all(pending);
    return counted;
  };
  return settled;
}

async function firstVisit(browser: Browser, url: string, withWorker: boolean) {
  const context = await browser.newContext();
  const settled = countBytes(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (withWorker) {
    // The precache is complete when the worker activates (it installs only once all is cached).
    await page.evaluate(`navigator.serviceWorker.ready.then(() => undefined)`);
  }
  await page.waitForLoadState('networkidle');
  return { context, counted: await settled() };
}

async function coldStartMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  const at = (await page.evaluate(
    `new Promise((r) => requestAnimationFrame(() => r(performance.now())))`,
  )) as number;
  await page.close();
  return at;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

export async function firstVisitScenario(
  browser: Browser,
  appUrl: string,
  blankUrl: string,
  runs = 5,
): Promise<FirstVisitFigures> {
  const app = await firstVisit(browser, `${appUrl}/`, true);
  const blank = await firstVisit(browser, `${blankUrl}/`, false);
  const offline: number[] = [];
  const reference: number[] = [];
  await app.context.setOffline(true);
  for (let i = 0; i < runs; i++) {
    offline.push(await coldStartMs(app.context, `${appUrl}/`));
    reference.push(await coldStartMs(blank.context, `${blankUrl}/`));
  }
  const figures = {
    wireBytes: app.counted.bytes,
    wireReferenceBytes: blank.counted.bytes,
    requests: app.counted.requests,
    uncompressedTextResponses: app.counted.uncompressed,
    offlineStartMs: median(offline),
    offlineReferenceMs: median(reference),
  };
  await app.context.close();
  await blank.context.close();
  return figures;
}
