import { expect, test } from './fixtures';
import { waitForSaved } from './store-helpers';

test('a full disk gives a clear message and loses nothing', async ({ page }) => {
  await page.goto('/settings/');
  await page.getByLabel('Name').fill('Ada');
  await waitForSaved(page);

  // The disk fills up: every new row IndexedDB is asked to add is refused, as a real quota is.
  await page.evaluate(() => {
    const w = window as unknown as { realAdd: typeof IDBObjectStore.prototype.add };
    w.realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function add() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Name').fill('Ada Lovelace');
  const alert = page.getByRole('alert').filter({ hasText: 'Your device storage is full' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Everything saved before is safe');
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');

  // Space is back: the next edit saves everything, including the change that was refused.
  await page.evaluate(() => {
    const w = window as unknown as { realAdd: typeof IDBObjectStore.prototype.add };
    IDBObjectStore.prototype.add = w.realAdd;
  });
  await page.getByLabel('Imperial (mi, ft)').check();
  await expect(alert).toHaveCount(0);
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
  await expect(page.getByLabel('Imperial (mi, ft)')).toBeChecked();
});

test('reloading with the disk already full shows what is saved and says storage is full', async ({
  page,
}) => {
  await page.goto('/settings/');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await waitForSaved(page);

  // From the next page load on, the disk refuses every new row, as a real full quota does.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.add = function add() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');
  const alert = page.getByRole('alert').filter({ hasText: 'Your device storage is full' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Everything saved before is safe');

  // Editing while full keeps the change on screen and keeps the message up.
  await page.getByLabel('Name').fill('Ada King');
  await expect(page.getByLabel('Name')).toHaveValue('Ada King');
  await expect(alert).toBeVisible();
});

test('settings show how much storage is used and available', async ({ page }) => {
  await page.goto('/settings/');
  await expect(page.getByTestId('storage-usage')).toHaveText(
    /^Using [\d.]+ (B|KB|MB|GB) of [\d.]+ (B|KB|MB|GB|TB) available to Splits\.$/,
  );
});
