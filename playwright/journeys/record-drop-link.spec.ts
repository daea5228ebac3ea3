import { test, expect } from './fixtures';
import { readJournal, startDemoRow, waitForActiveTime } from './record-support';

test('a dropped strap link is retried, the recording goes on, and only the gap is missing', async ({
  page,
}) => {
  await startDemoRow(page);
  await waitForActiveTime(page, 30);
  await page.getByRole('button', { name: 'Drop the Heart-rate strap link' }).click();
  const announcer = page.getByTestId('link-announcer');
  await expect(announcer).toContainText(/Heart-rate strap lost — reconnecting \(attempt \d+\)…/);
  // The rower keeps counting while the strap is away.
  await expect(page.getByTestId('live-heart-rate')).toHaveText('—');
  await expect(page.getByTestId('live-power')).toHaveText(/^\d+$/);
  // Reconnected by itself: it says so, and the heart rate comes back.
  await expect(announcer).toContainText('Heart-rate strap is back.', { timeout: 30_000 });
  await expect(page.getByTestId('live-heart-rate')).toHaveText(/^\d+$/);
  await waitForActiveTime(page, 90);

  const { rows, events } = await readJournal(page);
  const gapStart = events.find((e) => e.type === 'gap-start');
  const gapEnd = events.find((e) => e.type === 'gap-end');
  expect(gapStart?.atS).toBeGreaterThan(25);
  expect(gapEnd?.atS).toBeGreaterThan(gapStart?.atS ?? Infinity);
  // One row per second, none skipped, distance never going backwards.
  rows.forEach((row, i) => expect(row.timeS).toBe(i));
  for (let i = 1; i < rows.length; i++) {
    expect(rows[i]!.distanceM).toBeGreaterThanOrEqual(rows[i - 1]!.distanceM);
  }
  // Heart rate is missing only in the gap (the strap first speaks a second into the session).
  const missing = rows.filter(
    (r) => r.timeS >= 2 && (r.heartRateBpm === null || Number.isNaN(r.heartRateBpm)),
  );
  expect(missing.length).toBeGreaterThan(0);
  for (const row of missing) {
    expect(row.timeS).toBeGreaterThanOrEqual(Math.floor(gapStart!.atS!));
    expect(row.timeS).toBeLessThanOrEqual(gapEnd!.atS! + 1);
  }

  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toBeVisible();
  await expect(page.getByText(/A link dropped once .* carried on through it/)).toBeVisible();
});
