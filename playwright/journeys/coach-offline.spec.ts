import { expect, test } from './fixtures';
import { athleteWithPlan, invite, openLinkAndSignUp, uniqueEmail } from './coach-support';
import { waitForServiceWorkerControl } from './pwa-support';

test("the coach's desk opens offline from the last sync and says how old it is", async ({
  page,
  browser,
}) => {
  // Several accounts signing up and two browser contexts on a shared two-core machine.
  test.setTimeout(150_000);
  const athleteEmail = uniqueEmail('athlete');
  const coachEmail = uniqueEmail('coach');
  await athleteWithPlan(page, athleteEmail);
  const link = await invite(page, coachEmail, 'Can view');
  const coach = await openLinkAndSignUp(browser, link, coachEmail);
  await expect(coach.page.getByText('Invite accepted')).toBeVisible({ timeout: 20_000 });

  await coach.page.goto('/coach/');
  await waitForServiceWorkerControl(coach.page);
  const card = coach.page.getByRole('listitem', { name: athleteEmail });
  await expect(card).toContainText('planned', { timeout: 20_000 });
  // The week in the plan's own words ("40 min of 3 h planned"), never a clock's h:mm:ss.
  await expect(card.getByTestId('desk-week')).toHaveText(/^[^:]+ of [^:]+ planned$/);
  await expect(coach.page.getByText(/^Up to date, synced/)).toBeVisible();
  // Once the desk's visit is over the card says how old it is, not "Syncing".
  await expect(card.getByTestId('card-sync')).toHaveText('Updated just now', { timeout: 30_000 });

  await coach.context.setOffline(true);
  await coach.page.reload();
  await expect(
    coach.page.getByText(/^Offline: showing what was synced (just now|\d+ min ago)\.$/),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(card).toContainText('planned', { timeout: 20_000 });
  await expect(card.getByTestId('card-sync')).toHaveText(
    /^Offline · Updated (just now|\d+ min ago)$/,
  );
  await card.getByRole('link', { name: `Open ${athleteEmail}` }).click();
  await expect(coach.page.locator('[data-workout-id]').first()).toBeVisible({ timeout: 20_000 });
  await coach.context.close();
});
