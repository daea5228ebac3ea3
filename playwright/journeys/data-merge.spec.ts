import { expect, test } from './fixtures';
import {
  activityRows,
  buildPlan,
  gpxFile,
  importFiles,
  signIn,
  signUp,
  viewports,
} from './data-support';
import { watchErrors } from './store-helpers';

const [phone, desktop] = viewports;

test('signing in on a phone with its own training merges it into the account; both devices end with both', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `merge-${Date.now()}@example.com`;
  const badge = page.locator('[data-sync-status]');
  await page.setViewportSize(desktop.viewport);

  // The desktop: a run and a running plan, then an account.
  await importFiles(page, [gpxFile('desktop-run.gpx', 600, '2026-11-02T07:00:00Z')]);
  const desktopPlan = await buildPlan(page, 'Running');
  await signUp(page, email);
  await expect(badge).toHaveAttribute('data-sync-status', 'backed-up', { timeout: 30_000 });

  // The phone: used without an account, its own run and a rowing plan.
  const phoneContext = await browser.newContext({ viewport: phone.viewport });
  const phonePage = await phoneContext.newPage();
  const errors: string[] = [];
  watchErrors(phonePage, errors);
  await importFiles(phonePage, [gpxFile('phone-run.gpx', 900, '2026-11-04T07:00:00Z')]);
  const phonePlan = await buildPlan(phonePage, 'Rowing');
  const phoneAthlete = await phonePage.evaluate(() => localStorage.getItem('splits.athleteId'));

  await signIn(phonePage, email);
  await expect(phonePage.getByTestId('account-note')).toHaveText(
    'Your 1 session and 1 plan on this device are now in your account.',
  );
  // The phone's own copies are gone only because they are in the account's documents now.
  await expect
    .poll(() =>
      phonePage.evaluate(
        async (id) =>
          (await indexedDB.databases()).filter((db) => db.name?.includes(id ?? '-')).length,
        phoneAthlete,
      ),
    )
    .toBe(0);

  for (const [each, title] of [
    [phonePage, 'phone'],
    [page, 'desktop'],
  ] as const) {
    await each.goto('/activities/');
    await expect(activityRows(each), `activities on the ${title}`).toHaveCount(2, {
      timeout: 30_000,
    });
    await expect(activityRows(each)).toContainText(['2.70 km', '1.80 km']);
    await each.goto('/plan/');
    const plans = each.getByRole('main').locator('label', { hasText: /^Plan/ }).locator('select');
    await expect(plans.locator('option'), `plans on the ${title}`).toHaveText(
      [phonePlan, desktopPlan],
      { timeout: 30_000, useInnerText: true },
    );
  }
  await phoneContext.close();
  expect(errors).toEqual([]);
});
