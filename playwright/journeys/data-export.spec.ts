import { expect, test } from './fixtures';
import { activityRows, downloadOf, gpxFile, importFiles, viewports } from './data-support';

const run = gpxFile('river-run.gpx', 900, '2026-11-20T07:00:00Z');

for (const { device, viewport } of viewports) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('an imported run exports as GPX (its original), FIT and TCX, and each imports back the same', async ({
      page,
      browser,
    }) => {
      await importFiles(page, [run]);
      await activityRows(page).click();
      await expect(page.locator('dt:text-is("Moving time") + dd')).toHaveText('14:59');
      const exportGroup = page.getByRole('group', { name: 'Export this activity' });
      const said = page.getByRole('status').filter({ hasText: 'Downloaded' });

      const gpx = await downloadOf(page, () =>
        exportGroup.getByRole('button', { name: 'Export as GPX' }).click(),
      );
      expect(gpx.name).toBe('river-run.gpx');
      expect(gpx.bytes.equals(run.buffer)).toBe(true);
      await expect(said).toHaveText('Downloaded “river-run.gpx” (your original file).');

      const fit = await downloadOf(page, () =>
        exportGroup.getByRole('button', { name: 'Export as FIT' }).click(),
      );
      expect(fit.name).toBe('river-run.fit');
      await expect(said).toHaveText('Downloaded “river-run.fit”.');
      const tcx = await downloadOf(page, () =>
        exportGroup.getByRole('button', { name: 'Export as TCX' }).click(),
      );
      expect(tcx.name).toBe('river-run.tcx');
      expect(tcx.bytes.toString('utf8')).toContain('<TrainingCenterDatabase');

      // Each written file, imported on a fresh device, shows the same distance and times.
      for (const file of [fit, tcx]) {
        const fresh = await browser.newContext({ viewport });
        const other = await fresh.newPage();
        await other.goto('/activities/');
        await other.getByLabel('Choose files').setInputFiles(file.path);
        await expect(other.getByTestId('import-status')).toHaveText('Done: 1 imported.');
        await expect(activityRows(other)).toContainText('2.70 km');
        await activityRows(other).click();
        await expect(other.locator('dt:text-is("Moving time") + dd')).toHaveText('14:59');
        await expect(other.locator('dt:text-is("Elapsed time") + dd')).toHaveText('14:59');
        await expect(other.locator('dt:text-is("Distance") + dd')).toHaveText('2.70 km');
        await fresh.close();
      }
    });
  });
}
