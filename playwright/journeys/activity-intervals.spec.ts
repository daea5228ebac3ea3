import { expect, test } from './fixtures';
import { importFiles, intervalTcx, openActivity, VIEWPORTS } from './activity-support';

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('a 4 × 1000 m TCX shows its four reps with their paces, the route and the elevation', async ({
      page,
    }) => {
      await importFiles(page, [intervalTcx('intervals.tcx')]);
      await openActivity(page, 'Track 4 x 1000');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Track 4 x 1000');

      const intervals = page.getByRole('table', { name: 'Intervals' });
      const reps = intervals.getByRole('row').filter({ hasText: /^Rep \d/ });
      await expect(reps).toHaveCount(4);
      for (let i = 0; i < 4; i++) {
        await expect(reps.nth(i)).toContainText(`Rep ${i + 1}`);
        // 1000 m in 3:40 → 3:40 /km (the generator's speed wobbles by ±2 %).
        await expect(reps.nth(i)).toContainText(/3:(39|40|41) \/km/);
      }
      await expect(intervals.getByRole('row').filter({ hasText: 'Warm-up' })).toHaveCount(1);
      await expect(intervals.getByRole('row').filter({ hasText: 'Recovery' })).toHaveCount(3);
      await expect(page.getByTestId('work-summary')).toContainText(
        /4 × 1\.00 km · work-only average 3:(39|40|41) \/km/,
      );

      // Splits stay available beside the intervals.
      await page.getByRole('button', { name: 'Splits (km)' }).click();
      await expect(page.getByRole('table', { name: 'Splits per km' })).toBeVisible();

      // The charts fill the card, even on a phone, and nothing scrolls sideways.
      const card = (await page.locator('#activity-charts > section').boundingBox())!;
      expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
      const charts = page.locator('#activity-charts').getByTestId('stream-chart').locator('svg');
      for (const svg of await charts.all()) {
        // The card's padding (16 px) and border (1 px) on each side.
        expect((await svg.boundingBox())!.width).toBeGreaterThanOrEqual(card.width - 2 * 17 - 1);
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      // The time axis ends at the real duration, and says it.
      const readout = await page.getByTestId('chart-readout').textContent();
      const endLabel = /0:00 to (4\d:\d\d)\./.exec(readout ?? '')?.[1];
      expect(endLabel).toBeDefined();
      await expect(charts.last().locator('text').last()).toHaveText(endLabel!);
      await expect(page.locator('dt:text-is("Elapsed time") + dd')).toHaveText(endLabel!);
      // Pace reads as minutes and seconds on its axis, never as decimal minutes.
      const paceLabels = await charts.first().locator('text').allTextContents();
      expect(paceLabels.length).toBeGreaterThan(1);
      for (const label of paceLabels) expect(label).toMatch(/^\d+:[0-5]\d$/);

      await expect(page.getByTestId('route-map').locator('svg')).toBeVisible();
      await expect(page.getByText('Elevation (m) over distance (km)')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Heart rate zones' })).toBeVisible();
      await page.screenshot({ path: `test-results/activity-detail-${name}.png`, fullPage: true });
    });
  });
}
