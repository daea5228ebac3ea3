import { expect, test } from './fixtures';
import { share, signedUp } from './live-support';
import { startDemoRow, waitForActiveTime } from './record-support';

test('a coach opens an athlete’s recorded row from the desk, reads its figures and comments; the athlete sees the comment new', async ({
  browser,
  request,
}) => {
  // Two accounts and two browser contexts on a shared two-core machine.
  test.setTimeout(150_000);
  const coach = await signedUp(browser, 'Coach');
  const ada = await signedUp(browser, 'Ada');
  const id = ada.athleteId;
  // What the invite form makes for "activities" (lib/sharing/share-scopes.ts), share by share.
  await share(request, ada, coach, `${id}/profile`, 'viewer');
  await share(request, ada, coach, `${id}/activities`, 'viewer');
  await share(request, ada, coach, `${id}/activity/`, 'viewer');
  await share(request, ada, coach, `${id}/comments`, 'editor');

  // Ada rows a few minutes with the demo rower and strap, and it is backed up.
  await startDemoRow(ada.page);
  await waitForActiveTime(ada.page, 120);
  await ada.page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(ada.page.getByTestId('saved-summary')).toBeVisible();
  await expect(ada.page.locator('[data-sync-status]')).toHaveAttribute(
    'data-sync-status',
    'backed-up',
    { timeout: 20_000 },
  );

  // The coach's desk visits her and says so, then opens her page.
  await coach.page.goto('/coach/');
  const card = coach.page.getByRole('listitem', { name: ada.email });
  await expect(card.getByTestId('card-sync')).toHaveText('Updated just now', { timeout: 30_000 });
  await card.getByRole('link', { name: `Open ${ada.email}` }).click();

  // Her activity opens read-only, with the sport named as in her own list.
  const row = coach.page.getByRole('link', { name: /· Rowing$/ });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await row.click();
  await expect(coach.page).toHaveURL(/\/activities\/view\/\?id=[0-9a-f-]{36}&athlete=/);
  await expect(coach.page.getByText(/· Rowing · .* · read-only$/)).toBeVisible({ timeout: 20_000 });
  await expect(coach.page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(coach.page.getByRole('heading', { name: 'Charts' })).toBeVisible();
  await expect(coach.page.getByRole('heading', { name: /Laps and splits/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect(coach.page.getByTestId('activity-load')).toHaveText(/\d/);
  // Nothing on it can be changed from the coach's side.
  await expect(coach.page.getByRole('button', { name: 'Edit name or sport' })).toHaveCount(0);
  await expect(coach.page.getByRole('button', { name: 'Delete' })).toHaveCount(0);

  const activityId = new URL(coach.page.url()).searchParams.get('id');
  const coachThread = coach.page.getByRole('region', { name: /Comments/ });
  await coachThread.getByLabel('Add a comment').fill('Strong finish on the last minutes.');
  await coachThread.getByRole('button', { name: 'Post' }).click();
  await expect(coachThread.getByTestId('comment')).toHaveCount(1);

  // Ada opens the same row: the comment is new to her.
  await ada.page.goto(`/activities/view/?id=${activityId}`);
  const adaThread = ada.page.getByRole('region', { name: /Comments/ });
  await expect(adaThread.getByTestId('comment')).toHaveCount(1, { timeout: 20_000 });
  await expect(adaThread.getByTestId('comment')).toHaveAttribute('data-new', 'true');
  await expect(adaThread.getByTestId('unread-badge')).toHaveAccessibleName('1 unread comment');
  await expect(adaThread.getByText('Strong finish on the last minutes.')).toBeVisible();
  await ada.context.close();
  await coach.context.close();
});
