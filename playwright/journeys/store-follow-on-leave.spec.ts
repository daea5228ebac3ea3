import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openTwoTabs } from './store-helpers';

// A field the athlete is in keeps their text while another tab changes the same value; once they
// leave it, it shows what is stored, unless what they typed could not be saved.

/**
 * Sets resting heart rate in `from` and waits until `to` shows it: updates travel between tabs in
 * order, so every change `from` made before has reached `to` by then.
 */
async function flush(from: Page, to: Page, restHrBpm: string): Promise<void> {
  await from.getByLabel('Resting heart rate (bpm)').fill(restHrBpm);
  await from.getByLabel('Resting heart rate (bpm)').press('Tab');
  await expect(to.getByLabel('Resting heart rate (bpm)')).toHaveValue(restHrBpm);
}

test.describe('a field catches up with another tab when the athlete leaves it', () => {
  test('a field saved as typed shows the newer value from the other tab on leaving', async ({
    page,
    context,
  }) => {
    const second = await openTwoTabs(page, context, '/settings/');

    const name = page.getByLabel('Name');
    await name.fill('Ada');
    await expect(second.getByLabel('Name')).toHaveValue('Ada');
    await expect(name).toBeFocused();

    await second.getByLabel('Name').fill('Ada Lovelace');
    await flush(second, page, '48');
    // Still in the field: the athlete's text is left alone.
    await expect(name).toHaveValue('Ada');

    await name.press('Tab');
    await expect(name).toHaveValue('Ada Lovelace');
    await page.reload();
    await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
  });

  test('a field that saves on leaving shows the other tab’s value and does not overwrite it', async ({
    page,
    context,
  }) => {
    const second = await openTwoTabs(page, context, '/settings/');

    const pace = page.getByLabel('Threshold pace (per km)');
    await pace.fill('4:40');
    await pace.press('Tab');
    await expect(second.getByLabel('Threshold pace (per km)')).toHaveValue('4:40');

    // The athlete comes back to the field and, before typing, the other tab changes it.
    await pace.focus();
    await second.getByLabel('Threshold pace (per km)').fill('4:30');
    await second.getByLabel('Threshold pace (per km)').press('Tab');
    await flush(second, page, '49');
    await expect(pace).toHaveValue('4:40');

    // Leaving saves what the field shows; it must be the newer value, not the stale one.
    await pace.press('Tab');
    await expect(pace).toHaveValue('4:30');
    await flush(page, second, '50');
    await expect(second.getByLabel('Threshold pace (per km)')).toHaveValue('4:30');
    await second.reload();
    await expect(second.getByLabel('Threshold pace (per km)')).toHaveValue('4:30');
  });

  test('text the field refused stays with its error when the athlete leaves', async ({
    page,
    context,
  }) => {
    const second = await openTwoTabs(page, context, '/settings/');

    const maxHr = page.getByLabel('Max heart rate (bpm)');
    await maxHr.fill('300');
    const error = page.getByText('Enter a number from 100 to 240.');
    await expect(error).toBeVisible();

    await second.getByLabel('Max heart rate (bpm)').fill('188');
    await flush(second, page, '51');
    await maxHr.press('Tab');
    await expect(maxHr).toHaveValue('300');
    await expect(error).toBeVisible();
    await expect(maxHr).toHaveAttribute('aria-invalid', 'true');

    // Fixed, it saves, and the other tab follows.
    await maxHr.fill('190');
    await expect(error).toHaveCount(0);
    await expect(second.getByLabel('Max heart rate (bpm)')).toHaveValue('190');
  });
});
