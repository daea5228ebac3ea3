import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readJournal, startDemoRow, waitForActiveTime } from './record-support';

/** The id of the one session in the recorder's journal. */
function journalSessionId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('splits-recorder');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const sessions = await new Promise<{ id: string }[]>((resolve, reject) => {
      const request = db.transaction('sessions').objectStore('sessions').getAll();
      request.onsuccess = () => resolve(request.result as { id: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return sessions[0]?.id ?? '';
  });
}

/** The saved activity's time column, as the activity screen cached it from `<a>/activity/<id>`. */
function cachedTimeS(page: Page, id: string): Promise<number[] | null> {
  return page.evaluate(async (activityId) => {
    const athleteId = localStorage.getItem('splits.athleteId');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`splits-index-${athleteId}`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('streams')) return null;
    const row = await new Promise<{ columns: { timeS: Uint8Array } } | undefined>(
      (resolve, reject) => {
        const request = db.transaction('streams').objectStore('streams').get(activityId);
        request.onsuccess = () => resolve(request.result as { columns: { timeS: Uint8Array } });
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    return row ? Array.from(new Float64Array(row.columns.timeS.slice().buffer)) : null;
  }, id);
}

test('a session reloaded mid-way is resumed, recorded further and saved with the time away as a gap', async ({
  page,
}) => {
  await startDemoRow(page);
  await waitForActiveTime(page, 60);
  await expect(page.getByTestId('save-state')).toHaveText('Saved on this device as you go');
  const before = await readJournal(page);
  const id = await journalSessionId(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'A session did not finish' })).toBeVisible();
  const resume = page.getByRole('button', { name: 'Resume recording' });
  // Nothing to record from yet: pair first.
  await expect(resume).toBeDisabled();
  await page.getByRole('button', { name: 'Demo rower and heart-rate strap' }).click();
  const devices = page.getByRole('list', { name: 'Paired devices' });
  await expect(devices.getByTestId('link-status')).toHaveText(['Connected', 'Connected']);
  await resume.click();
  await expect(page.getByRole('region', { name: 'Live numbers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A session did not finish' })).toBeHidden();
  const lastBeforeS = before.rows.at(-1)!.timeS;
  await waitForActiveTime(page, lastBeforeS + 30);

  const during = await readJournal(page);
  expect(during.sessions).toBe(1);
  const start = during.events.find((e) => e.type === 'gap-start' && e.deviceId === 'splits-app');
  const end = during.events.find((e) => e.type === 'gap-end' && e.deviceId === 'splits-app');
  expect(start?.atS).toBeGreaterThanOrEqual(lastBeforeS);
  expect(end?.atS).toBeGreaterThan(start!.atS!);

  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toBeVisible();
  await expect(page.getByText(/Splits was closed for \d+:\d\d mid-session/)).toBeVisible();
  expect((await readJournal(page)).sessions).toBe(0);

  // The saved activity, read back from its document: the rows from before the reload, nothing in
  // the time away, then the rows recorded after resuming.
  await page.goto(`/activities/view/?id=${id}`);
  await expect.poll(() => cachedTimeS(page, id), { timeout: 15_000 }).not.toBeNull();
  const timeS = (await cachedTimeS(page, id))!;
  expect(timeS.slice(0, before.rows.length)).toEqual(before.rows.map((r) => r.timeS));
  expect(timeS.filter((t) => t > start!.atS! && t < end!.atS!)).toEqual([]);
  expect(timeS.filter((t) => t >= end!.atS!).length).toBeGreaterThanOrEqual(25);
});
