// Ten years of daily sessions stored on the device: how soon the Activities list and Fitness are
// usable after a tap in the navigation, and on a cold load. The floor, in the same run and
// browser: a cold load of the blank Next.js page, and a tap to the app's Account page (a page
// that reads no training data).
import type { Browser, Page } from '@playwright/test';
import { watchLongTasks } from './browser.ts';
import { chooseAndWait } from './import-files.ts';

export type HistoryFigures = {
  activities: number;
  seedMs: number;
  navActivitiesMs: number;
  /** From a tap on the newest activity in the list to its load being shown. */
  openActivityMs: number;
  navFitnessMs: number;
  navReferenceMs: number;
  coldActivitiesMs: number;
  coldFitnessMs: number;
  coldReferenceMs: number;
  listNodes: number;
  longTasksMs: number[];
};

const BATCH = 365;

async function seed(page: Page, appUrl: string, files: string[]): Promise<number> {
  await page.goto(`${appUrl}/activities/`);
  let totalMs = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    totalMs += await chooseAndWait(page, files.slice(i, i + BATCH), 900_000);
    process.stdout.write(`\r  seeded ${Math.min(i + BATCH, files.length)} of ${files.length}`);
  }
  process.stdout.write('\n');
  return totalMs;
}

/** From a tap on the named link in the main navigation to `ready` being visible. */
async function tapTo(page: Page, link: string, ready: string): Promise<number> {
  await page.evaluate(`(() => {
    window.__tapAt = 0;
    document.addEventListener('click', (event) => {
      if (event.target.closest('nav')) window.__tapAt = performance.now();
    }, { capture: true, once: true });
  })()`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: link, exact: true }).click();
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  return (await page.evaluate(
    `new Promise((r) => requestAnimationFrame(() => r(performance.now() - window.__tapAt)))`,
  )) as number;
}

async function coldLoad(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  return (await page.evaluate(
    `new Promise((r) => requestAnimationFrame(() => r(performance.now())))`,
  )) as number;
}

const LIST_READY = '[aria-label="Activities"] a';
const ACTIVITY_READY = '[data-testid="activity-load"]';

/** From a tap on the first row of the activity list to `ready` being visible. */
async function tapFirstRow(page: Page, ready: string): Promise<number> {
  await page.evaluate(`(() => {
    window.__tapAt = 0;
    document.addEventListener('click', () => { window.__tapAt = performance.now(); },
      { capture: true, once: true });
  })()`);
  await page.locator(LIST_READY).first().click();
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  return (await page.evaluate(
    `new Promise((r) => requestAnimationFrame(() => r(performance.now() - window.__tapAt)))`,
  )) as number;
}
const FITNESS_READY = '[data-testid="fitness-summary"]';
const ACCOUNT_READY = 'h1:has-text("Account")';

export async function historyScenario(
  browser: Browser,
  appUrl: string,
  blankUrl: string,
  files: string[],
): Promise<HistoryFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const seedMs = await seed(page, appUrl, files);
    await page.goto(`${appUrl}/`);
    const longTasks = await watchLongTasks(page);
    const navActivitiesMs = await tapTo(page, 'Activities', LIST_READY);
    const listNodes = (await page.evaluate(
      `document.querySelector('[aria-label="Activities"]').querySelectorAll('*').length`,
    )) as number;
    const openActivityMs = await tapFirstRow(page, ACTIVITY_READY);
    const navFitnessMs = await tapTo(page, 'Fitness', FITNESS_READY);
    const navReferenceMs = await tapTo(page, 'Account', ACCOUNT_READY);
    const longTasksMs = await longTasks();
    const coldActivitiesMs = await coldLoad(page, `${appUrl}/activities/`, LIST_READY);
    const coldFitnessMs = await coldLoad(page, `${appUrl}/fitness/`, FITNESS_READY);
    const blank = await browser.newPage();
    const coldReferenceMs = await coldLoad(blank, `${blankUrl}/`, 'h1');
    await blank.close();
    return {
      activities: files.length,
      seedMs,
      navActivitiesMs,
      openActivityMs,
      navFitnessMs,
      navReferenceMs,
      coldActivitiesMs,
      coldFitnessMs,
      coldReferenceMs,
      listNodes,
      longTasksMs,
    };
  } finally {
    await context.close();
  }
}
