import { test, expect } from './fixtures';
import { readJournal, startDemoRow, waitForActiveTime } from './record-support';

test('a demo rowing session with a lap is recorded, finished and lands in the activities', async ({
  page,
}) => {
  await startDemoRow(page);
  await waitForActiveTime(page, 60);
  // The numbers are the simulated monitor's, decoded: a plausible split, power, rate and HR.
  await expect(page.getByTestId('live-split')).toHaveText(/^\d:\d\d$/);
  await expect(page.getByTestId('live-power')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('live-stroke-rate')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('live-heart-rate')).toHaveText(/^\d+$/);
  await page.getByRole('button', { name: 'Lap' }).click();
  await waitForActiveTime(page, 120);

  const journal = await readJournal(page);
  expect(journal.sessions).toBe(1);
  expect(journal.events.filter((e) => e.type === 'lap')).toHaveLength(1);
  expect(journal.events.some((e) => e.type === 'stroke')).toBe(true);

  await page.getByRole('button', { name: 'Finish and save' }).click();
  // Focus lands on the result, not back at the top of the page.
  await expect(page.getByRole('region', { name: 'Session result' })).toBeFocused();
  const saved = page.getByTestId('saved-summary');
  await expect(saved).toHaveText(/^Saved: \d+ m in 2:\d\d\. Well done\.$/);
  const metres = Number((await saved.textContent())?.match(/Saved: (\d+) m/)?.[1]);
  // About 2 minutes at a 2:00–2:30 split.
  expect(metres).toBeGreaterThan(350);
  expect(metres).toBeLessThan(700);
  // The journal is dropped once the activity is safely in the documents.
  expect((await readJournal(page)).sessions).toBe(0);

  await page.getByRole('link', { name: 'activities', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Activities' }).getByRole('link')).toContainText([
    /Rowing/,
  ]);
});
