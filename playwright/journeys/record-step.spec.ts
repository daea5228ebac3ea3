import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  clockS,
  expectRecordingInView,
  followTodaysRowingSession,
  liveActiveS,
  waitForActiveTime,
} from './record-support';

/** Starts today's planned interval row (warm-up first, each step with a split from the 2k). */
async function startPlannedRow(page: Page): Promise<void> {
  await followTodaysRowingSession(page, 'intervals');
  await page.getByRole('button', { name: 'Demo rower and heart-rate strap' }).click();
  await expect(
    page.getByRole('list', { name: 'Paired devices' }).getByTestId('link-status'),
  ).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Start recording' }).click();
}

async function stepLeftS(page: Page): Promise<number> {
  return clockS((await page.getByTestId('step-left').textContent()) ?? '');
}

for (const [name, viewport] of [
  ['a portrait phone', { width: 390, height: 844 }],
  ['a landscape phone', { width: 844, height: 390 }],
] as const) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport });

    test('a planned step shows its split target, a countdown that runs down, whether on target and the next step', async ({
      page,
    }, testInfo) => {
      await startPlannedRow(page);
      const guidance = page.getByRole('region', { name: 'Workout guidance' });
      await expect(guidance).toContainText(/Step 1 of \d+: Warm-up/);
      // The target in the rower's units: a split per 500 m band, from the 2k best.
      await expect(guidance.getByTestId('step-target')).toHaveText(
        /^Split \/500 m\d:\d\d–\d:\d\d$/,
      );
      await expect(guidance.getByTestId('step-next')).toHaveText(
        /^Next: Go: \d+ min · split \d:\d\d–\d:\d\d \/500 m$/,
      );
      await waitForActiveTime(page, 20);
      // Whether on target in words, with a colour beside them.
      const status = guidance.getByTestId('step-status');
      await expect(status).toHaveText(
        /(On target|Faster than planned — ease back|Slower than planned — press on)$/,
      );
      expect(await status.getAttribute('data-tone')).toMatch(/^(on|off)$/);

      const firstS = await stepLeftS(page);
      const firstActiveS = await liveActiveS(page);
      await waitForActiveTime(page, firstActiveS + 20);
      const laterS = await stepLeftS(page);
      const ranS = (await liveActiveS(page)) - firstActiveS;
      // The countdown ran down with the session clock (read a moment apart, a second or two).
      expect(laterS).toBeLessThan(firstS);
      expect(Math.abs(firstS - laterS - ranS)).toBeLessThanOrEqual(3);
      await expectRecordingInView(page);
      await page.screenshot({ path: testInfo.outputPath('planned-step.png') });
      await page.getByRole('button', { name: 'Finish and save' }).click();
      await expect(page.getByTestId('saved-summary')).toBeVisible();
    });
  });
}
