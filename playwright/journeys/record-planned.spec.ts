import { test, expect } from './fixtures';
import { followTodaysRowingSession, waitForActiveTime } from './record-support';

test("today's planned rowing session is sent to the demo PM5 and followed with cues", async ({
  page,
}) => {
  await followTodaysRowingSession(page);
  await page.getByRole('button', { name: 'Demo rower and heart-rate strap' }).click();
  await expect(
    page.getByRole('list', { name: 'Paired devices' }).getByTestId('link-status'),
  ).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Start recording' }).click();
  // Programmed over CSAFE, frame by frame, with the PM5 answering each.
  await expect(page.getByText('The workout is on your rowing monitor.')).toBeVisible();
  const guidance = page.getByRole('region', { name: 'Workout guidance' });
  await expect(guidance).toContainText(/Step 1 of \d+/);
  await expect(page.getByTestId('guidance-cue')).not.toHaveText('');
  await waitForActiveTime(page, 30);
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toBeVisible();
});
