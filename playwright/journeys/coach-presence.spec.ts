import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { athleteWithPlan, invite, openLinkAndSignUp, uniqueEmail } from './coach-support';

/** The weekday a workout dialog names first ("Tuesday, Dec 8 · Easy · 40 min"). */
async function dialogWeekday(page: Page): Promise<string> {
  const subtitle = await page.getByRole('dialog').locator('p').first().innerText();
  const day = /^([A-Za-z]+)/.exec(subtitle)?.[1];
  if (!day) throw new Error(`No weekday in "${subtitle}"`);
  return day;
}

test('athlete and coach in one plan: presence, rings, who changed what, and comments with unread badges', async ({
  page,
  browser,
}) => {
  // Two accounts signing up and two browser contexts on a shared two-core machine.
  test.setTimeout(180_000);
  const athleteEmail = uniqueEmail('athlete');
  const coachEmail = uniqueEmail('coach');
  const athleteId = await athleteWithPlan(page, athleteEmail);
  const link = await invite(page, coachEmail, 'Can edit');
  const coach = await openLinkAndSignUp(browser, link, coachEmail);
  await expect(coach.page.getByText('Invite accepted')).toBeVisible({ timeout: 20_000 });

  // Both open the plan, and each sees the other there.
  await page.goto('/plan/');
  await coach.page.goto(`/coach/athlete/?id=${athleteId}`);
  await expect(
    coach.page.getByRole('heading', { name: 'Plan: Running: general fitness' }),
  ).toBeVisible({ timeout: 20_000 });
  const athletesAvatars = page.getByRole('list', { name: 'In this plan now' });
  const coachesAvatars = coach.page.getByRole('list', { name: 'In this plan now' });
  await expect(athletesAvatars.getByRole('listitem', { name: coachEmail })).toBeVisible({
    timeout: 20_000,
  });
  await expect(coachesAvatars.getByRole('listitem', { name: athleteEmail })).toBeVisible();

  // The coach opens a workout: the athlete sees a ring on it and what the coach is doing.
  const coachChip = coach.page.locator('button[data-workout-id]').first();
  const workoutId = (await coachChip.getAttribute('data-workout-id')) ?? '';
  const athleteChip = page.locator(`button[data-workout-id="${workoutId}"]`);
  await coachChip.click();
  const coachDialog = coach.page.getByRole('dialog');
  const weekday = await dialogWeekday(coach.page);
  const ring = page.getByRole('group', { name: 'Open by Coach' });
  await expect(ring).toBeVisible();
  await expect(ring.locator(`button[data-workout-id="${workoutId}"]`)).toBeVisible();
  const notice = page.getByTestId('presence-notice');
  await expect(notice).toHaveText(`Coach is looking at ${weekday}`);
  await coachDialog.getByRole('button', { name: 'Edit steps and details' }).click();
  await expect(notice).toHaveText(`Coach is editing ${weekday}`);

  // The coach's edit shows on the athlete's screen; the ring goes when the coach closes it.
  await coachDialog.getByLabel('Duration (min)').fill('23');
  await coachDialog.getByRole('button', { name: 'Save and lock' }).click();
  await expect(athleteChip).toContainText('23 min');
  await coachDialog.getByRole('button', { name: 'Close' }).click();
  await expect(ring).toHaveCount(0);
  await expect(notice).toHaveText('Coach is here');

  // The athlete's dialog says the coach changed it last, and the history names the coach.
  await athleteChip.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('last-change')).toContainText('Last changed by your coach');
  await dialog.getByText(/^History/).click();
  const line = dialog.getByTestId('history-line').filter({ hasText: 'duration' });
  await expect(line).toContainText('(your coach)');
  await expect(line).toContainText('to 23 min');
  // The coach reads it from where they stand.
  await expect(coach.page.getByTestId('presence-notice')).toHaveText(
    `${athleteEmail} is looking at ${weekday}`,
  );
  await expect(coach.page.getByRole('group', { name: `Open by ${athleteEmail}` })).toBeVisible();

  // The athlete asks a question on the workout; the coach sees it unread.
  const thread = dialog.getByRole('region', { name: /Comments on this workout/ });
  await thread.getByLabel('Add a comment').fill('How hard should this feel?');
  await thread.getByRole('button', { name: 'Post' }).click();
  await expect(thread.getByTestId('comment')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const coachBadge = coach.page
    .locator(`[data-chip-frame="${workoutId}"]`)
    .getByTestId('unread-badge');
  await expect(coachBadge).toHaveAccessibleName('1 unread comment');
  await expect(coachChip).toHaveAccessibleName(/, 1 unread comment$/);

  // The coach's desk flags the athlete with a new comment (a second tab, the plan stays open).
  const desk = await coach.context.newPage();
  await desk.goto('/coach/');
  const card = desk.getByRole('listitem', { name: athleteEmail });
  await expect(card.getByRole('list', { name: 'Needs attention' })).toContainText('A new comment');
  await expect(desk.getByRole('link', { name: 'Live team session' })).toBeVisible();

  // Opening the thread marks it read: the badge and the flag clear, the comment shows as new.
  await coachChip.click();
  const coachThread = coachDialog.getByRole('region', { name: /Comments on this workout/ });
  await expect(coachThread.getByTestId('comment')).toHaveAttribute('data-new', 'true');
  await expect(coachBadge).toHaveCount(0);
  await expect(card.getByText('A new comment')).toHaveCount(0);
  await desk.close();

  // The coach answers; the athlete's chip counts it until she opens the thread.
  await coachThread.getByRole('button', { name: 'Reply' }).click();
  await coachThread.getByLabel(/^Reply to /).fill('Easy: you can talk in full sentences.');
  await coachThread.getByRole('button', { name: 'Post' }).first().click();
  await coachDialog.getByRole('button', { name: 'Close' }).click();
  await expect(athleteChip).toHaveAccessibleName(/, 1 unread comment$/);
  // The month view counts it on the workout and beside its week's totals.
  await page.getByRole('radio', { name: 'Month' }).click();
  const month = page.getByRole('table', { name: /^Month of/ });
  await expect(month.locator(`button[data-workout-id="${workoutId}"]`)).toHaveAccessibleName(
    /, 1 unread comment$/,
  );
  await expect(month.getByRole('row').getByTestId('unread-badge')).toHaveCount(2);
  await page.getByRole('radio', { name: 'Week' }).click();
  // Keyboard: the workout opens from its own key press.
  await athleteChip.focus();
  await page.keyboard.press('Enter');
  await expect(
    thread.getByTestId('comment').filter({ hasText: 'Easy: you can talk' }).last(),
  ).toHaveAttribute('data-new', 'true');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(athleteChip).not.toHaveAccessibleName(/unread comment/);
  await expect(page.getByTestId('unread-badge')).toHaveCount(0);

  // The coach closes the page: their avatar leaves the athlete's plan within seconds.
  await coach.context.close();
  await expect(athletesAvatars).toHaveCount(0);
  await expect(notice).toHaveText('');
});

test('a coach who may only view is in the plan too, and sees the ring on what the athlete opens', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const athleteEmail = uniqueEmail('athlete');
  const coachEmail = uniqueEmail('viewer');
  const athleteId = await athleteWithPlan(page, athleteEmail);
  const link = await invite(page, coachEmail, 'Can view');
  const coach = await openLinkAndSignUp(browser, link, coachEmail);
  await expect(coach.page.getByText('Invite accepted')).toBeVisible({ timeout: 20_000 });
  await page.goto('/plan/');
  await coach.page.goto(`/coach/athlete/?id=${athleteId}`);
  await expect(
    coach.page.getByRole('heading', { name: 'Plan: Running: general fitness' }),
  ).toBeVisible({ timeout: 20_000 });
  const athletesAvatars = page.getByRole('list', { name: 'In this plan now' });
  await expect(athletesAvatars.getByRole('listitem', { name: coachEmail })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    coach.page
      .getByRole('list', { name: 'In this plan now' })
      .getByRole('listitem', { name: athleteEmail }),
  ).toBeVisible();

  const chip = page.locator('button[data-workout-id]').first();
  const workoutId = (await chip.getAttribute('data-workout-id')) ?? '';
  await chip.click();
  const weekday = await dialogWeekday(page);
  await expect(coach.page.getByTestId('presence-notice')).toHaveText(
    `${athleteEmail} is looking at ${weekday}`,
  );
  const ring = coach.page.getByRole('group', { name: `Open by ${athleteEmail}` });
  await expect(ring.locator(`[data-workout-id="${workoutId}"]`)).toBeVisible();
  // Presence adds nothing to press for a viewer.
  await expect(coach.page.getByRole('button')).toHaveCount(
    await coach.page.getByRole('navigation').getByRole('button').count(),
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(ring).toHaveCount(0);

  await coach.context.close();
  await expect(athletesAvatars).toHaveCount(0);
});
