import { test, expect } from './fixtures';
import { followTodaysRowingSession, waitForActiveTime } from './record-support';

test('a planned session resumed after a reload keeps its workout guidance', async ({ page }) => {
  await followTodaysRowingSession(page);
  const pair = page.getByRole('button', { name: 'Demo rower and heart-rate strap' });
  const status = page.getByRole('list', { name: 'Paired devices' }).getByTestId('link-status');
  await pair.click();
  await expect(status).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByTestId('pm5-program')).toContainText('on your rowing monitor');
  const guidance = page.getByRole('region', { name: 'Workout guidance' });
  await expect(guidance).toContainText(/Step 1 of \d+/);
  await waitForActiveTime(page, 40);
  await expect(page.getByTestId('save-state')).toHaveText('Saved on this device as you go');
  const stepBefore = (await guidance.textContent())?.match(/Step (\d+) of/)?.[1];

  await page.reload();
  await pair.click();
  await expect(status).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Resume recording' }).click();
  // Guidance is back at the step reached (replayed from the journal), cueing again.
  await expect(guidance).toContainText(new RegExp(`Step ${stepBefore} of \\d+`));
  // The monitor keeps running its workout through a dropped link; it is not programmed anew.
  await expect(page.getByTestId('pm5-program')).toHaveCount(0);
  await expect(page.getByTestId('guidance-cue')).not.toHaveText('');
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toBeVisible();
});
