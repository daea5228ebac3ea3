import { expect, test } from './fixtures';
import { makePlan, VIEWPORTS } from './plan-support';

for (const [name, viewport] of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('Today shows each plan’s session, and two hard sessions on one day are warned about with a way out', async ({
      page,
    }) => {
      // A run plan and a row plan on the same two days: each puts its threshold session today.
      const days = {
        goal: 'general-fitness',
        weeklyMin: '120',
        dayOffsets: [0, 2],
        longDayOffset: 2,
      };
      await makePlan(page, { ...days, sport: 'Running' });
      await makePlan(page, { ...days, sport: 'Rowing' });

      await page.goto('/');
      const todayCard = page.getByRole('list', { name: "Today's sessions" });
      await expect(
        todayCard.getByRole('listitem').filter({ hasText: 'Running: general fitness' }),
      ).toHaveCount(1);
      await expect(
        todayCard.getByRole('listitem').filter({ hasText: 'Rowing: general fitness' }),
      ).toHaveCount(1);
      await expect(todayCard.getByText('Fuel for this one? Optional.').first()).toBeVisible();
      const warning = page.getByRole('note', { name: 'Hard sessions on the same day' });
      await expect(warning).toContainText('are both hard');
      await page.screenshot({
        path: `test-results/plan-two-plans-today-${name}.png`,
        fullPage: true,
      });

      await page.goto('/plan/');
      const onPlan = page.getByRole('note', { name: 'Hard sessions on the same day' });
      await expect(onPlan).toContainText('are both hard');
      // Two weeks ahead: each week's threshold days collide; moving one clears that day.
      const moves = onPlan.getByRole('button', { name: /^Move / });
      const clashes = await moves.count();
      expect(clashes).toBeGreaterThanOrEqual(2);
      await moves.first().click();
      await expect(moves).toHaveCount(clashes - 1);
      await expect(page.getByTestId('last-action')).toContainText('and locked');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(moves).toHaveCount(clashes);
    });
  });
}
