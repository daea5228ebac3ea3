import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { liveActiveS, startDemoRow, waitForActiveTime } from './record-support';

/** "2:05" (or "2:05 /500 m") to seconds. */
const clockS = (text: string): number => {
  const match = text.match(/(\d+):(\d\d)/);
  if (!match) throw new Error(`No m:ss in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/** Collects every split the live tile shows from now on, as the page renders it. */
async function watchLiveSplits(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const tile = document.querySelector('[data-testid="live-split"]');
    if (!tile) throw new Error('No live split on the page.');
    const shown: string[] = [];
    (window as unknown as { shownSplits: string[] }).shownSplits = shown;
    new MutationObserver(() => shown.push(tile.textContent ?? '')).observe(tile, {
      subtree: true,
      characterData: true,
      childList: true,
    });
  });
  return async () => {
    const texts = await page.evaluate(
      () => (window as unknown as { shownSplits: string[] }).shownSplits,
    );
    return texts.filter((t) => /^\d+:\d\d$/.test(t)).map(clockS);
  };
}

/** Drops a demo device's link and waits until it has reconnected by itself. */
async function dropAndWaitForReturn(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Drop the ${label} link` }).click();
  const announcer = page.getByTestId('link-announcer');
  await expect(announcer).toContainText(`${label} lost`);
  await expect(announcer).toContainText(`${label} is back.`, { timeout: 30_000 });
}

async function recordAndCompare(page: Page): Promise<void> {
  await startDemoRow(page);
  await waitForActiveTime(page, 10);
  const shownSplits = await watchLiveSplits(page);
  await dropAndWaitForReturn(page, 'Rowing monitor');
  await waitForActiveTime(page, 60);
  // The demo runs 20× faster than life: the clock read either side of the press brackets it.
  const beforeLapS = await liveActiveS(page);
  await page.getByRole('button', { name: 'Lap' }).click();
  const afterLapS = await liveActiveS(page);
  await waitForActiveTime(page, 90);
  // A pause with the strap dropping meanwhile: the pause is left out, the link comes back.
  await page.getByRole('button', { name: 'Pause' }).click();
  await dropAndWaitForReturn(page, 'Heart-rate strap');
  await page.getByRole('button', { name: 'Resume' }).click();
  await waitForActiveTime(page, 150);
  await page.getByRole('button', { name: 'Finish and save' }).click();

  const live = await shownSplits();
  expect(live.length).toBeGreaterThan(20);
  const fastestS = Math.min(...live);
  const slowestS = Math.max(...live);
  // What is saved (read back from the documents) is rowed at splits the screen showed.
  const savedPace = page.getByTestId('saved-pace');
  await expect(savedPace).toHaveText(/^Average split \d:\d\d \/500 m over 2:\d\d moving\.$/);
  const savedS = clockS((await savedPace.textContent()) ?? '');
  expect(savedS).toBeGreaterThanOrEqual(fastestS - 1);
  expect(savedS).toBeLessThanOrEqual(slowestS + 1);
  // The lap pressed is in the saved laps, ending where it was pressed.
  const laps = page.getByTestId('saved-lap');
  await expect(laps).toHaveCount(2);
  const lapOneS = clockS((await laps.first().textContent())?.split(':').slice(1).join(':') ?? '');
  expect(lapOneS).toBeGreaterThanOrEqual(beforeLapS - 1);
  expect(lapOneS).toBeLessThanOrEqual(afterLapS + 1);

  // The activity page agrees: the same pace, and every whole 500 m split within the live range.
  await page.getByRole('link', { name: 'activities', exact: true }).click();
  await page.getByRole('list', { name: 'Activities' }).getByRole('link').first().click();
  await expect(page.locator('dt:text-is("Pace") + dd')).toHaveText(/^\d:\d\d \/500 m$/);
  const detailS = clockS((await page.locator('dt:text-is("Pace") + dd').textContent()) ?? '');
  expect(Math.abs(detailS - savedS)).toBeLessThanOrEqual(1);
  // The pressed lap makes two laps on the page too; the splits are one tap away.
  await page
    .getByRole('group', { name: 'Show' })
    .getByRole('button', { name: /^Splits/ })
    .click();
  const rows = page.getByRole('table', { name: 'Splits per 500 m' }).locator('tbody tr');
  await expect(rows).not.toHaveCount(0);
  const count = await rows.count();
  // The last split is the part-500 m left over; the others are whole. After the split's own
  // header cell come its time, its distance and its pace /500 m.
  for (let i = 0; i < count - 1; i++) {
    const splitS = clockS((await rows.nth(i).locator('td').nth(2).textContent()) ?? '');
    expect(splitS).toBeGreaterThanOrEqual(fastestS - 1);
    expect(splitS).toBeLessThanOrEqual(slowestS + 1);
  }
}

test('a saved rowing session agrees with its live split, in its pace, splits and laps', async ({
  page,
}) => {
  await recordAndCompare(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a saved rowing session agrees with its live split, in its pace, splits and laps', async ({
    page,
  }) => {
    await recordAndCompare(page);
  });
});
