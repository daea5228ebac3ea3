import { expect, test } from './fixtures';
import { share, signedUp } from './live-support';
import { startDemoRow } from './record-support';

test('a coach watches two athletes row live, sees a link lost and a finished session', async ({
  browser,
  request,
}) => {
  const coach = await signedUp(browser, 'Coach');
  const ada = await signedUp(browser, 'Ada');
  const ben = await signedUp(browser, 'Ben');
  await share(request, ada, coach, `${ada.athleteId}/live`, 'viewer');
  await share(request, ben, coach, ben.athleteId, 'viewer');

  await coach.page.goto('/coach/live/');
  await expect(coach.page.getByTestId('live-following')).toHaveText('Following 2 athletes.');
  await expect(
    coach.page.getByText('Nobody is recording right now.', { exact: false }),
  ).toBeVisible();

  await startDemoRow(ada.page);
  await startDemoRow(ben.page);
  const tiles = coach.page.getByTestId('live-tile');
  await expect(tiles).toHaveCount(2);
  const adaTile = coach.page.locator(`[data-athlete="${ada.athleteId}"]`);
  const benTile = coach.page.locator(`[data-athlete="${ben.athleteId}"]`);
  for (const tile of [adaTile, benTile]) {
    await expect(tile).toHaveAttribute('data-status', 'live');
    await expect(tile.getByTestId('live-split')).toContainText(/\d:\d\d/);
    await expect(tile.getByTestId('live-power')).toContainText(/\d+W/);
    await expect(tile.getByTestId('live-rate')).toContainText(/\d+spm/);
    await expect(tile.getByTestId('live-heart-rate')).toContainText(/\d+bpm/);
  }
  // The numbers move: the distance on the coach's screen grows while Ada rows.
  const distanceOf = async () =>
    Number(
      ((await adaTile.getByTestId('live-distance').textContent()) ?? '').replace(/[^\d.]/g, ''),
    );
  const first = await distanceOf();
  await expect.poll(distanceOf).toBeGreaterThan(first);

  // Ben's device goes away mid-session: his tile says the link is lost.
  await ben.context.close();
  await expect(benTile).toHaveAttribute('data-status', 'link-lost');
  await expect(benTile.getByTestId('live-status')).toHaveText('Link lost');

  // Ada finishes: her tile says so and links to the saved session.
  await ada.page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(adaTile).toHaveAttribute('data-status', 'finished');
  await expect(adaTile.getByTestId('live-activity-link')).toHaveAttribute(
    'href',
    /\/activities\/view\/\?id=[0-9a-f-]{36}/,
  );

  await ada.context.close();
  await coach.context.close();
});
