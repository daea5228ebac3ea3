import { tinyGpx } from '../../lib/worker/tiny-gpx';
import { expect, test } from './fixtures';
import { localDay, makePlan, showDay, VIEWPORTS, workoutOn } from './plan-support';

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('done is for today or before, takes the activity that did it, and undoes; skipping undoes too', async ({
      page,
    }) => {
      // A 40-minute run this morning (or just after midnight, early in the day).
      await page.goto('/activities/');
      const start = await page.evaluate(() => {
        const d = new Date();
        d.setHours(0, 30, 0, 0);
        return d.toISOString();
      });
      await page.getByLabel('Choose files').setInputFiles({
        name: 'morning.gpx',
        mimeType: 'application/gpx+xml',
        buffer: Buffer.from(tinyGpx(2400, 3, start)),
      });
      await expect(page.getByTestId('import-status')).toHaveText('Done: 1 imported.');

      await makePlan(page, {
        goal: 'general-fitness',
        weeklyMin: '150',
        dayOffsets: [0, 2, 4],
        longDayOffset: 4,
      });
      const today = (await localDay(page, 0)).iso;
      const later = (await localDay(page, 2)).iso;
      const dialog = page.getByRole('dialog');

      // A future workout can be skipped, not marked done.
      await showDay(page, later);
      await workoutOn(page, later).click();
      await expect(dialog.getByRole('button', { name: 'Mark done' })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Skip' }).click();
      await expect(dialog.getByTestId('workout-state')).toHaveText(
        'Skipped. Rest is training too.',
      );
      await page.keyboard.press('Escape');
      await expect(workoutOn(page, later)).toContainText('Skipped');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(workoutOn(page, later)).not.toContainText('Skipped');

      // Today's: the morning run is offered, and marking done links it.
      await page.getByRole('button', { name: 'Today', exact: true }).click();
      const todays = workoutOn(page, today);
      await todays.click();
      await expect(dialog).toContainText('Looks done: your run on');
      await dialog.getByRole('button', { name: 'Mark done' }).click();
      await expect(dialog.getByTestId('workout-state')).toHaveText(
        /^✓ Done — your run on .* \(40 min, 7\.\d\d km\)\.$/,
      );
      // Its plan is edited only after saying the done record stays as it is.
      await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
      await expect(dialog).toContainText('This workout is done. Edit what was planned?');
      await expect(dialog.getByRole('form')).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Leave it as planned' }).click();
      await expect(dialog.getByTestId('workout-state')).toContainText('✓ Done');
      await page.keyboard.press('Escape');
      await expect(todays).toContainText('✓ Done');
      await expect(page.getByTestId('week-totals')).toContainText('done so far 40 min, 1 of');
      await page.screenshot({ path: `test-results/plan-done-${name}.png`, fullPage: true });

      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(todays).not.toContainText('Done');
      // Undone, the match is offered again rather than lost.
      await todays.click();
      await expect(dialog).toContainText('Looks done: your run on');
    });
  });
}
