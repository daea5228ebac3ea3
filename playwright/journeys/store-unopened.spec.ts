import { expect, test } from './fixtures';
import { waitForSaved } from './store-helpers';

test('when saved documents cannot be opened, the message says they are not shown and what to do', async ({
  page,
  context,
}) => {
  await page.goto('/settings/');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await waitForSaved(page);

  // From the next load on, the browser cannot open the documents' databases, as on a full disk.
  await page.addInitScript(() => {
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function open(name: string, version?: number) {
      if (!/\/(profile|journal|activities|plan|activity)(\/|$)/.test(name)) {
        return realOpen.call(this, name, version);
      }
      const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = { error, result: undefined } as unknown as IDBOpenDBRequest;
      queueMicrotask(() => request.onerror?.call(request, new Event('error')));
      return request;
    };
  });
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Your device storage is full' });
  await expect(alert).toContainText('could not open what you saved');
  await expect(alert).toContainText('what you saved before is not shown here');
  await expect(alert).toContainText('reload the page');
  await expect(alert).not.toContainText('Everything saved before is safe');
  await expect(page.getByLabel('Name')).toHaveValue('');

  // Nothing was lost: a page that can open the database shows what was saved, with no alert.
  const fresh = await context.newPage();
  await fresh.goto('/settings/');
  await expect(fresh.getByLabel('Name')).toHaveValue('Ada Lovelace');
  await expect(fresh.locator('[data-storage-problem]')).toHaveCount(0);
});
