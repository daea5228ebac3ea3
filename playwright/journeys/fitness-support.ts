import type { Page } from '@playwright/test';
import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect } from './fixtures';

export const DAY_MS = 86_400_000;

/** A calendar date `days` from today, in UTC (the journeys run the browser in UTC). */
export const utcDate = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export type PlannedRun = { daysAgo: number; hourUtc: number; speedMps: number; seconds: number };

/** Imports one GPX run per entry through the Activities page and waits for all of them. */
export async function importRuns(page: Page, runs: PlannedRun[]): Promise<void> {
  await page.goto('/activities/');
  await page.getByLabel('Choose files').setInputFiles(
    runs.map((r, i) => ({
      name: `run-${i}.gpx`,
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(
        tinyGpx(
          r.seconds,
          r.speedMps,
          `${utcDate(-r.daysAgo)}T${String(r.hourUtc).padStart(2, '0')}:00:00Z`,
        ),
      ),
    })),
  );
  await expect(page.getByTestId('import-status')).toHaveText(`Done: ${runs.length} imported.`, {
    timeout: 60_000,
  });
}

/** The fitness figure of the Fitness page's summary line. */
export async function fitnessFigure(page: Page): Promise<number> {
  const text = (await page.getByTestId('fitness-summary').textContent()) ?? '';
  const match = /fitness (\d+\.\d)/.exec(text);
  if (!match) throw new Error(`No fitness figure in "${text}"`);
  return Number(match[1]);
}
