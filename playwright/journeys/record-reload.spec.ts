import { test, expect } from './fixtures';
import { readJournal, startDemoRow, waitForActiveTime } from './record-support';

test('a reload mid-session offers the unfinished session back with everything saved so far', async ({
  page,
}) => {
  await startDemoRow(page);
  await waitForActiveTime(page, 75);
  await expect(page.getByTestId('save-state')).toHaveText('Saved on this device as you go');
  const before = await readJournal(page);
  expect(before.rows.length).toBeGreaterThanOrEqual(60);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'A session did not finish' })).toBeVisible();
  const after = await readJournal(page);
  // Everything written before the reload is still there, in order.
  expect(after.rows.length).toBeGreaterThanOrEqual(before.rows.length);
  expect(after.rows.slice(0, before.rows.length)).toEqual(before.rows);
  const last = after.rows.at(-1)!;

  await page.getByRole('button', { name: 'Save recovered session' }).click();
  const saved = page.getByTestId('saved-summary');
  await expect(saved).toBeVisible();
  const [, metres, clock] =
    (await saved.textContent())?.match(/Saved: (\d+) m in (\d+:\d\d)/) ?? [];
  expect(Number(metres)).toBe(Math.floor(last.distanceM));
  const [m, s] = (clock ?? '').split(':').map(Number);
  expect((m ?? 0) * 60 + (s ?? 0)).toBe(Math.floor(last.timeS));
  await expect(page.getByRole('heading', { name: 'A session did not finish' })).toBeHidden();
});
