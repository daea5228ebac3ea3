import { expect, test } from './fixtures';
import { athleteWithPlan, invite, openLinkAndSignUp, uniqueEmail } from './coach-support';

test('the wrong account is told whom the invite is for; a viewer gets no edit controls', async ({
  page,
  browser,
}) => {
  const athleteEmail = uniqueEmail('athlete');
  const coachEmail = uniqueEmail('coach');
  await athleteWithPlan(page, athleteEmail);
  const link = await invite(page, coachEmail, 'Can view');

  const stranger = await openLinkAndSignUp(browser, link, uniqueEmail('someone-else'));
  await expect(stranger.page.getByText(`This invite was made for ${coachEmail}`)).toBeVisible({
    timeout: 20_000,
  });
  await stranger.context.close();

  const coach = await openLinkAndSignUp(browser, link, coachEmail);
  await expect(coach.page.getByText('Invite accepted')).toBeVisible({ timeout: 20_000 });
  await coach.page.goto('/coach/');
  await coach.page.getByRole('link', { name: `Open ${athleteEmail}` }).click();
  await expect(
    coach.page.getByRole('heading', { name: 'Plan: Running: general fitness' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(coach.page.locator('[data-workout-id]').first()).toBeVisible();
  // Absent, not disabled.
  await expect(coach.page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(coach.page.getByRole('button', { name: /^Mark done/ })).toHaveCount(0);
  await expect(coach.page.getByRole('button')).toHaveCount(
    await coach.page.getByRole('navigation').getByRole('button').count(),
  );
  await coach.context.close();
});
