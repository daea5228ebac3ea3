import { expect, test } from './fixtures';
import { dayRow, localDay, makePlan, showDay, VIEWPORTS, workoutOn } from './plan-support';

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('a workout moves by keyboard, by drag and by menu; each move locks it and can be undone', async ({
      page,
    }) => {
      await makePlan(page, {
        goal: 'general-fitness',
        weeklyMin: '150',
        dayOffsets: [1, 3, 5],
        longDayOffset: 5,
      });
      const day1 = (await localDay(page, 1)).iso;
      const day2 = (await localDay(page, 2)).iso;
      await showDay(page, day1);
      const first = workoutOn(page, day1);
      const id = await first.getAttribute('data-workout-id');
      const moved = page.locator(`[data-workout-id="${id}"]`);
      await expect(first).not.toContainText('Locked');

      // Keyboard: Alt + → moves it a day later.
      await first.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expect(dayRow(page, day2).locator(`[data-workout-id="${id}"]`)).toBeVisible();
      await expect(moved).toContainText('Locked: you set this');
      await expect(page.getByTestId('last-action')).toContainText('moved to');
      await page.getByRole('button', { name: 'Undo' }).click();
      await showDay(page, day1);
      await expect(workoutOn(page, day1)).toHaveAttribute('data-workout-id', id!);
      await expect(moved).not.toContainText('Locked');

      // Drag: onto a rest day of the same week.
      const rest = page.locator('li[data-drop-date]').filter({ hasText: 'Rest' }).first();
      const restDate = await rest.getAttribute('data-drop-date');
      const from = await moved.boundingBox();
      const to = await rest.boundingBox();
      await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
      await page.mouse.down();
      await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect(dayRow(page, restDate!).locator(`[data-workout-id="${id}"]`)).toBeVisible();
      await expect(moved).toContainText('Locked: you set this');
      // The week's planned total follows the move (the workout stayed in the week).
      await expect(page.getByTestId('week-totals')).toContainText('Planned');

      // Menu: from the workout's own dialog.
      await moved.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Move to').selectOption(day1);
      await dialog.getByRole('button', { name: 'Move', exact: true }).click();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await showDay(page, day1);
      await expect(workoutOn(page, day1)).toHaveAttribute('data-workout-id', id!);
      await expect(moved).toBeFocused();

      await page.reload();
      await showDay(page, day1);
      await expect(workoutOn(page, day1)).toContainText('Locked: you set this');
    });
  });
}
