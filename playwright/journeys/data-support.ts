import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect } from './fixtures';

export const password = 'correct horse battery';

export const viewports = [
  { device: 'phone', viewport: { width: 390, height: 844 } },
  { device: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

export function gpxFile(name: string, seconds: number, startIso: string) {
  return {
    name,
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(tinyGpx(seconds, 3, startIso)),
  };
}

/** Imports files on the Activities page and waits for every outcome. */
export async function importFiles(
  page: Page,
  files: ReturnType<typeof gpxFile>[],
  status = `Done: ${files.length} imported.`,
): Promise<void> {
  await page.goto('/activities/');
  await page.getByLabel('Choose files').setInputFiles(files);
  await expect(page.getByTestId('import-status')).toHaveText(status, { timeout: 60_000 });
}

/** Runs `start` and returns the file the browser downloaded because of it. */
export async function downloadOf(page: Page, start: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: await readFile(path) };
}

/** Builds a general-fitness plan for a sport; returns its title. */
export async function buildPlan(page: Page, sport: 'Running' | 'Rowing'): Promise<string> {
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Make a plan' });
  await form.getByLabel(sport, { exact: true }).check();
  await form.getByLabel('Goal').selectOption('general-fitness');
  await form.getByLabel('Minutes you train per week now').fill('150');
  await form.getByRole('button', { name: 'Build my plan' }).click();
  const title = `${sport}: general fitness`;
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  return title;
}

export async function signUp(page: Page, email: string): Promise<void> {
  await page.goto('/account/');
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}.`);
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/account/');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}.`);
}

/** The activity rows of the Activities page. */
export function activityRows(page: Page) {
  return page.getByRole('list', { name: 'Activities' }).getByRole('link');
}
