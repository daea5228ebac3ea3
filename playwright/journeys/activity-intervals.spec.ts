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

      // The charts fill the card, even on a phone, and the time axis ends at the real duration.
      const chart = page.getByTestId('stream-chart').first().locator('svg');
      const width = (await chart.boundingBox())!.width;
      expect(width).toBeGreaterThan(viewport.width * (name === 'phone' ? 0.8 : 0.6));
      await expect(page.getByTestId('chart-readout')).toContainText(/0:00 to 4\d:\d\d/);
      const paceAxis = page.getByTestId('stream-chart').first().locator('text');
      await expect(paceAxis.first()).toHaveText(/^\d:\d\d$/);

      await expect(page.getByTestId('route-map').locator('svg')).toBeVisible();
      await expect(page.getByText('Elevation (m) over distance (km)')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Heart rate zones' })).toBeVisible();
      await page.screenshot({ path: `test-results/activity-detail-${name}.png`, fullPage: true });
    });
  });
}
