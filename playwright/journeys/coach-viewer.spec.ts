import { expect, test } from './fixtures';
import { athleteWithPlan, invite, openLinkAndSignUp, uniqueEmail } from './coach-support';

test('the wrong account is told whom the invite is for; a viewer gets no edit controls', async ({
  page,
  browser,
}) => {
  // Several accounts signing up and two browser contexts on a shared two-core machine.
  test.setTimeout(150_000);
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

  // An invite not accepted yet can be withdrawn; its link then leads nowhere.
  const lateEmail = uniqueEmail('late-coach');
  const lateLink = await invite(page, lateEmail, 'Can view');
  await page.getByRole('button', { name: `Withdraw invite for ${lateEmail}` }).click();
  await expect(page.getByRole('list', { name: 'Who has access' })).not.toContainText(lateEmail);
  const late = await openLinkAndSignUp(browser, lateLink, lateEmail);
  await expect(late.page.getByText('This invite does not exist or was withdrawn.')).toBeVisible({
    timeout: 20_000,
  });
  await late.context.close();
});
