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
      const today = (await localDay(page, 0)).iso;
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

      // Drag: onto a rest day of the same week, today or later (the past takes no moves).
      const restDates = await page
        .locator('li[data-drop-date]')
        .filter({ hasText: 'Rest' })
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.dropDate!));
      const restDate = restDates.find((d) => d >= today);
      const rest = dayRow(page, restDate!);
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
      // Today and later only: the plan's past is not offered.
      const moveTo = dialog.getByLabel('Move to');
      const offered = await moveTo
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(offered).toContain(day1);
      expect(offered.filter((d) => d < today)).toEqual([]);
      // What the targets assume links to Settings once, not once a line.
      await expect(dialog.getByRole('link', { name: /in Settings$/ })).toHaveCount(1);
      if (name === 'phone')
        for (const button of ['Skip', 'Move', 'Edit steps and details'])
          expect(
            (await dialog.getByRole('button', { name: button, exact: true }).boundingBox())!.height,
          ).toBeGreaterThanOrEqual(44);
      await moveTo.selectOption(day1);
      await dialog.getByRole('button', { name: 'Move', exact: true }).click();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await showDay(page, day1);
      await expect(workoutOn(page, day1)).toHaveAttribute('data-workout-id', id!);
      await expect(moved).toBeFocused();

      await page.reload();
      await showDay(page, day1);
      await expect(workoutOn(page, day1)).toContainText('Locked: you set this');

      // Alt + ← brings it to today; once more would be yesterday, which is refused.
      await moved.focus();
      await page.keyboard.press('Alt+ArrowLeft');
      await expect(dayRow(page, today).locator(`[data-workout-id="${id}"]`)).toBeVisible();
      await moved.focus();
      await page.keyboard.press('Alt+ArrowLeft');
      await expect(page.getByTestId('last-action')).toContainText(
        'can move to today or a later day of the plan',
      );
      await expect(dayRow(page, today).locator(`[data-workout-id="${id}"]`)).toBeVisible();
    });
  });
}
