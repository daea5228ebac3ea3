import type { Page } from '@playwright/test';
import {
  intervalSession,
  type IntervalPlan,
} from '../../engine/formats/test-support/interval-session';
import { writeTcx } from '../../engine/formats/test-support/write-tcx';
import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect } from './fixtures';

export const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

export function intervalTcx(name: string, plan: IntervalPlan = {}): UploadFile {
  return {
    name,
    mimeType: 'application/vnd.garmin.tcx+xml',
    buffer: Buffer.from(writeTcx(intervalSession({ name: 'Track 4 x 1000', ...plan }))),
  };
}

export function gpxRun(name: string, seconds: number, startIso: string, speedMps = 3): UploadFile {
  return {
    name,
    mimeType: 'application/gpx+xml',
    buffer: Buffer.from(tinyGpx(seconds, speedMps, startIso)),
  };
}

/** Imports files on the Activities page and waits for the outcome line. */
export async function importFiles(page: Page, files: UploadFile[]): Promise<void> {
  await page.goto('/activities/');
  await page.getByLabel('Choose files').setInputFiles(files);
  await expect(page.getByTestId('import-status')).toHaveText(`Done: ${files.length} imported.`, {
    timeout: 60_000,
  });
}

/** Opens the activity whose row says `text`. */
export async function openActivity(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByRole('list', { name: 'Activities' })
    .getByRole('link')
    .filter({ hasText: text })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
