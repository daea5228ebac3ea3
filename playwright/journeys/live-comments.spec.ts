import { expect, test } from './fixtures';
import { share, signedUp } from './live-support';
import { startDemoRow } from './record-support';

test('coach and athlete talk about a session: comments round trip with unread markers and presence', async ({
  browser,
  request,
}) => {
  const coach = await signedUp(browser, 'Coach');
  const ada = await signedUp(browser, 'Ada');
  await share(request, ada, coach, ada.athleteId, 'editor');

  await coach.page.goto('/coach/live/');
  await expect(coach.page.getByTestId('live-following')).toHaveText('Following 1 athlete.');
  await startDemoRow(ada.page);
  const tile = coach.page.locator(`[data-athlete="${ada.athleteId}"]`);
  await expect(tile).toHaveAttribute('data-status', 'live');
  await ada.page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(tile).toHaveAttribute('data-status', 'finished');
  const href = (await tile.getByTestId('live-activity-link').getAttribute('href')) ?? '';
  const activityId = new URL(href, 'http://x').searchParams.get('id');
  expect(activityId).toMatch(/^[0-9a-f-]{36}$/);

  // The coach comments on the finished session from the Live screen.
  const coachThread = tile.getByRole('region', { name: /Comments on this session/ });
  await coachThread.getByLabel('Add a comment').fill('Nice even splits.');
  await coachThread.getByRole('button', { name: 'Post' }).click();
  await expect(coachThread.getByTestId('comment')).toHaveCount(1);

  // Ada opens the session: the comment is new to her, and her coach is there with her.
  await ada.page.goto(`/activities/view/?id=${activityId}`);
  const adaThread = ada.page.getByRole('region', { name: /Comments/ });
  await expect(adaThread.getByTestId('comment')).toHaveCount(1);
  await expect(adaThread.getByTestId('comment')).toHaveAttribute('data-new', 'true');
  await expect(adaThread.getByTestId('unread-badge')).toHaveAccessibleName('1 unread comment');
  await expect(adaThread.getByText('Nice even splits.')).toBeVisible();
  await expect(adaThread.getByTestId('presence-avatars').getByRole('listitem')).toHaveCount(1);
  await expect(coachThread.getByTestId('presence-avatars').getByRole('listitem')).toHaveCount(1);

  // She answers; the reply is new on the coach's screen, threaded under his comment.
  await adaThread.getByRole('button', { name: 'Reply' }).click();
  await adaThread.getByLabel(/^Reply to /).fill('Thanks! Legs felt good.');
  await adaThread.getByRole('button', { name: 'Post' }).first().click();
  // The reply's own item is the innermost one holding its text.
  const reply = coachThread
    .getByTestId('comment')
    .filter({ hasText: 'Thanks! Legs felt good.' })
    .last();
  await expect(reply).toHaveAttribute('data-new', 'true');
  await expect(coachThread.getByTestId('unread-badge')).toHaveAccessibleName('1 unread comment');

  // Ada closes her tab: she leaves the coach's screen within seconds.
  await ada.context.close();
  await expect(coachThread.getByTestId('presence-avatars')).toHaveCount(0);
  await coach.context.close();
});
