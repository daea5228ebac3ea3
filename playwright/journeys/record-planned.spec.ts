import { test, expect } from './fixtures';
import { DEMO_SPEED, waitForActiveTime } from './record-support';

test("today's planned rowing session is sent to the demo PM5 and followed with cues", async ({
  page,
}) => {
  // A rowing plan that trains every day, starting today, so today has a session.
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Make a plan' });
  await form.getByRole('radio', { name: 'Rowing' }).check();
  await form.getByLabel('Goal').selectOption('general-fitness');
  for (const day of [
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
  ]) {
    await form.getByLabel(day, { exact: true }).check();
  }
  await form.getByRole('button', { name: 'Build my plan' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });

  await page.goto(`/record/?demo-speed=${DEMO_SPEED}`);
  const picker = page.getByLabel('Follow a workout');
  await expect(picker.getByRole('option', { name: /^Today: / })).toHaveCount(1);
  await picker.selectOption({ index: 1 });
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
