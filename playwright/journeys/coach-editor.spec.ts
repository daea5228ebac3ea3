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

  // An editor's change reaches the athlete's own plan.
  const markDone = coach.page.getByRole('button', { name: /^Mark done/ }).first();
  const workout = (await markDone.textContent())?.replace('Mark done', '').trim() ?? '';
  await markDone.click();
  await page.goto('/plan/');
  await expect(page.locator('li', { hasText: workout }).first()).toContainText('(done)', {
    timeout: 20_000,
  });
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
