import { expect, test } from './fixtures';
import {
  athleteWithPlan,
  invite,
  openLinkAndSignUp,
  storedDocsOf,
  uniqueEmail,
} from './coach-support';

test('a coach accepts, sees the athlete, edits the plan, and loses everything on revoke', async ({
  page,
  browser,
}) => {
  // Several accounts signing up and two browser contexts on a shared two-core machine.
  test.setTimeout(150_000);
  const athleteEmail = uniqueEmail('athlete');
  const coachEmail = uniqueEmail('coach');
  const athleteId = await athleteWithPlan(page, athleteEmail);
  const link = await invite(page, coachEmail, 'Can edit');

  const coach = await openLinkAndSignUp(browser, link, coachEmail);
  await expect(coach.page.getByText('Invite accepted')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Who has access' })).toContainText('Has access');

  await coach.page.getByRole('link', { name: 'Coach', exact: true }).first().click();
  const card = coach.page.getByRole('listitem', { name: athleteEmail });
  await expect(card).toBeVisible();
  await expect(card).toContainText('planned');
  await card.getByRole('link', { name: `Open ${athleteEmail}` }).click();
  await expect(
    coach.page.getByRole('heading', { name: 'Plan: Running: general fitness' }),
  ).toBeVisible({ timeout: 20_000 });

  // An editor's change reaches the athlete's own plan, saying the coach set it.
  const chip = coach.page.locator('[data-workout-id]').first();
  const workoutId = await chip.getAttribute('data-workout-id');
  await chip.click();
  const dialog = coach.page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
  await dialog.getByLabel('Duration (min)').fill('23');
  await dialog.getByRole('button', { name: 'Save and lock' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(chip).toContainText('Locked: you set this');
  await page.goto('/plan/');
  const athletesChip = page.locator(`[data-workout-id="${workoutId}"]`);
  await expect(athletesChip).toContainText('23 min', { timeout: 20_000 });
  await expect(athletesChip).toContainText('Locked: your coach set this');
  expect(await storedDocsOf(coach.page, athleteId)).not.toEqual([]);

  // One press ends it: the coach's view closes and the device keeps nothing of the athlete.
  await page.goto('/settings/#sharing');
  await page.getByRole('button', { name: `Remove access for ${coachEmail}` }).click();
  await expect(page.getByText('Nobody has access to your training.')).toBeVisible();
  await expect(coach.page.getByText('not shared with you (any more)')).toBeVisible({
    timeout: 20_000,
  });
  await expect.poll(() => storedDocsOf(coach.page, athleteId), { timeout: 20_000 }).toEqual([]);
  await coach.page.goto('/coach/');
  await expect(coach.page.getByText('No athlete shares with you yet.')).toBeVisible();
  await coach.context.close();
});
