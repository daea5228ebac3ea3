import { test, expect } from './fixtures';
import { followTodaysRowingSession, waitForActiveTime } from './record-support';

test("today's planned interval row goes to the demo PM5 as variable intervals with target paces", async ({
  page,
}) => {
  await followTodaysRowingSession(page, 'intervals');
  await page.getByRole('button', { name: 'Demo rower and heart-rate strap' }).click();
  await expect(
    page.getByRole('list', { name: 'Paired devices' }).getByTestId('link-status'),
  ).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Start recording' }).click();
  // Programmed over CSAFE, each frame's status bits checked, and the workout type read back: the
  // warm-up, every piece with its rest and the cool-down, each at its pace from the 2k. How many
  // pieces, and how long, is the plan's to say; every piece must reach the monitor.
  const pace = String.raw`at \d:\d\d\.\d /500 m`;
  const piece = String.raw`\d+:\d\d ${pace}, \d+:\d\d rest`;
  const program = page.getByTestId('pm5-program');
  await expect(program).toHaveText(
    new RegExp(
      String.raw`^The workout is on your rowing monitor: (\d+) intervals: \d+:\d\d ${pace}( · ${piece})+ · \d+:\d\d ${pace}\. Row when you are ready\.$`,
    ),
  );
  const text = (await program.textContent()) ?? '';
  const pieces = text.split(' · ').length;
  expect(Number(/: (\d+) intervals:/.exec(text)?.[1])).toBe(pieces);
  expect(pieces).toBeGreaterThanOrEqual(4);
  const guidance = page.getByRole('region', { name: 'Workout guidance' });
  await expect(guidance).toContainText(/Step 1 of \d+/);
  await expect(page.getByTestId('guidance-cue')).not.toHaveText('');
  await waitForActiveTime(page, 30);
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toBeVisible();
});
