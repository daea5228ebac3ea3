import { expect, test } from './fixtures';
import { findWorkout, localDay, makePlan, VIEWPORTS } from './plan-support';
import { waitForSaved } from './store-helpers';

const WEEKDAY_HEADINGS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('a plan is a week calendar with weekday names, today marked, and targets in the athlete’s units', async ({
      page,
    }) => {
      // The 5 km best is set once in Settings; the plan form takes it from there.
      await page.goto('/settings/');
      const best = page.getByLabel('Best 5 km run');
      await best.fill('22:30');
      await best.blur();
      // Leaving while "Saving…" shows could drop the write, as it would for an athlete.
      await waitForSaved(page);
      await page.goto('/plan/');
      const form = page.getByRole('form', { name: 'Make a plan' });
      await expect(form.getByLabel('A recent best: distance (m)')).toHaveValue('5000');
      await expect(form.getByLabel('…and its time')).toHaveValue('22:30');
      await makePlan(page, { goal: '10k', raceInDays: 84, weeklyMin: '200' });

      // Seven days, Monday first, named; today marked; totals for the week.
      const days = page.locator('li[data-drop-date]');
      await expect(days).toHaveCount(7);
      await expect(days.locator('h4')).toHaveText(Array(7).fill(WEEKDAY_HEADINGS));
      await expect(days.first().locator('h4')).toHaveText(/^Monday/);
      const today = await localDay(page, 0);
      await expect(page.locator(`li[data-drop-date="${today.iso}"]`)).toHaveAttribute(
        'aria-current',
        'date',
      );
      await expect(page.getByTestId('week-totals')).toHaveText(
        /^Planned \d+ h( \d+ min)? in \d sessions/,
      );
      await expect(
        page.getByRole('heading', { level: 3, name: /^Week 1 of \d+ · Base/ }),
      ).toBeVisible();

      // An interval session: its reps and their pace from the 5 km best, per km.
      const intervals = await findWorkout(page, 'intervals');
      await expect(intervals).toContainText(/\d × \d+ m at \d:\d\d–\d:\d\d \/km/);
      // The duration is said once on the workout, not again in its title.
      expect((await intervals.textContent())?.match(/\d+ h( \d+ min)?|\d+ min/g)).toHaveLength(1);
      const id = await intervals.getAttribute('data-workout-id');

      await page.goto('/settings/');
      await page.getByRole('radio', { name: 'Imperial (mi, ft)' }).check();
      await page.goto('/plan/');
      const same = await findWorkout(page, 'intervals');
      expect(await same.getAttribute('data-workout-id')).toBe(id);
      await expect(same).toContainText(/\d × \d+ m at \d:\d\d–\d:\d\d \/mi/);
      await page.screenshot({
        path: `test-results/plan-calendar-week-${name}.png`,
        fullPage: true,
      });

      // The month: weekday names on top, every week with its totals.
      // Week or month is one Tab stop, switched with the arrow keys.
      const week = page.getByRole('radio', { name: 'Week' });
      await expect(page.getByRole('radio', { name: 'Month' })).toHaveAttribute('tabindex', '-1');
      await week.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: 'Month' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Month' })).toBeFocused();
      const month = page.getByRole('table', { name: /^Month of/ });
      if (name === 'phone') {
        // A thumb's size: a day and a workout are at least 44 px tall.
        const chip = month.locator('[data-workout-id]').first();
        expect((await chip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        await expect(chip).toHaveAccessibleName(/\(.+\), .+, \d+/);
        const day = month.getByRole('button', { name: /^Show the week of/ }).first();
        expect((await day.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      await expect(month.getByRole('columnheader').first()).toHaveAccessibleName('Monday');
      await expect(month.locator('[data-workout-id]').first()).toBeVisible();
      await page.screenshot({
        path: `test-results/plan-calendar-month-${name}.png`,
        fullPage: true,
      });
    });
  });
}
