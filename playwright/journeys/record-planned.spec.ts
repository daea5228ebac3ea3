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
  // warm-up, every work piece with its rest and the cool-down, each at its pace from the 2k. How
  // many pieces and how long depends on the plan's weekly minutes, so the count is read off.
  const pace = String.raw`at \d:\d\d\.\d /500 m`;
  const piece = String.raw` · \d+:\d\d ${pace}, \d+:\d\d rest`;
  const program = page.getByTestId('pm5-program');
  await expect(program).toHaveText(
    new RegExp(
      String.raw`^The workout is on your rowing monitor: \d intervals: \d+:\d\d ${pace}(${piece}){2,} · \d+:\d\d ${pace}\. Row when you are ready\.$`,
    ),
  );
  const text = (await program.textContent()) ?? '';
  expect(Number(text.match(/(\d) intervals/)?.[1])).toBe(text.split(' · ').length);
  const guidance = page.getByRole('region', { name: 'Workout guidance' });
  await expect(guidance).toContainText(/Step 1 of \d+/);
  await expect(page.getByTestId('guidance-cue')).not.toHaveText('');
  await waitForActiveTime(page, 30);
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toBeVisible();
});
