import { chipOf, coachEditingPlan, editWorkout, unexpectedErrors } from './coach-relay-support';
import { startDemoRow } from './record-support';
import { expect, test } from './two-relays';

test('athlete on one relay, coach on another: invite, accept, live edits both ways, presence', async ({
  browser,
  playwright,
  relays,
}) => {
  // Two relays, Redis, PostgreSQL, two accounts and two browser contexts on two shared cores.
  test.setTimeout(240_000);
  const { a, b } = relays;
  // The athlete invites on relay A; the coach opens the link on relay B and accepts there.
  const { athlete, coach, athleteId, coachEmail } = await coachEditingPlan(browser, a.base, b.base);
  const ids = await coach.page
    .locator('[data-workout-id]')
    .evaluateAll((chips) => chips.slice(0, 2).map((c) => c.getAttribute('data-workout-id') ?? ''));
  const [coachEdits, athleteEdits] = ids;
  if (!coachEdits || !athleteEdits) throw new Error(`Too few workouts: ${ids.join(', ')}`);

  // Edits cross relays live, each way, with both screens open.
  await editWorkout(coach.page, coachEdits, { durationMin: 37 });
  await expect(chipOf(athlete.page, coachEdits)).toContainText('37 min', { timeout: 20_000 });
  await expect(chipOf(athlete.page, coachEdits)).toContainText('Locked: your coach set this');
  await editWorkout(athlete.page, athleteEdits, { title: 'Fartlek by the river' });
  await expect(chipOf(coach.page, athleteEdits)).toContainText('Fartlek by the river', {
    timeout: 20_000,
  });

  // Presence crosses relays too: the athlete shares her live sessions and their comments, rows
  // on relay A, and the coach on relay B watches her tile and then sits in the same thread.
  const tokenOf = (page: typeof athlete.page) =>
    page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('splits.session') ?? '{}') as { accessToken: string })
          .accessToken,
    );
  const api = await playwright.request.newContext();
  for (const [prefix, role] of [
    [`${athleteId}/live`, 'viewer'],
    [`${athleteId}/comments`, 'editor'],
  ] as const) {
    const invite = await api.post(`${a.base}/api/shares`, {
      headers: { authorization: `Bearer ${await tokenOf(athlete.page)}` },
      data: { prefix, role, email: coachEmail },
    });
    expect(invite.status()).toBe(201);
    const { token } = (await invite.json()) as { token: string };
    const accepted = await api.post(`${b.base}/api/shares/accept`, {
      headers: { authorization: `Bearer ${await tokenOf(coach.page)}` },
      data: { token },
    });
    expect(accepted.status()).toBe(200);
  }
  await api.dispose();

  await coach.page.goto('/coach/live/');
  await expect(coach.page.getByTestId('live-following')).toHaveText('Following 1 athlete.');
  await startDemoRow(athlete.page);
  const tile = coach.page.locator(`[data-athlete="${athleteId}"]`);
  await expect(tile).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
  await athlete.page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(tile).toHaveAttribute('data-status', 'finished');
  const href = (await tile.getByTestId('live-activity-link').getAttribute('href')) ?? '';
  const coachThread = tile.getByRole('region', { name: /Comments on this session/ });
  await athlete.page.goto(href);
  const athleteThread = athlete.page.getByRole('region', { name: /Comments/ });
  // The coach's presence was published before relay A held the thread: A learns it from the next
  // renewal (y-protocols awareness renews every 15 s), so this waits up to 30 s.
  await expect(athleteThread.getByTestId('presence-avatars').getByRole('listitem')).toHaveCount(1, {
    timeout: 30_000,
  });
  await expect(coachThread.getByTestId('presence-avatars').getByRole('listitem')).toHaveCount(1);

  // The athlete leaves: the coach's screen on the other relay says so within seconds.
  await athlete.context.close();
  await expect(coachThread.getByTestId('presence-avatars')).toHaveCount(0);
  await coach.context.close();
  expect(unexpectedErrors(athlete, coach)).toEqual([]);
});
