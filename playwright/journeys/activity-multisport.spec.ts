import { writeMultisportFit } from '../../engine/formats/test-support/write-multisport-fit';
import { writePoolSwimFit } from '../../engine/formats/test-support/write-fit-patterns';
import { expect, test } from './fixtures';
import { importFiles } from './activity-support';

const triathlon = writeMultisportFit(new Date('2026-05-10T07:00:00Z'), [
  { sport: 'swimming', subSport: 'openWater', seconds: 900, speedMps: 1.2, cadence: 30 },
  { sport: 'transition', subSport: 'generic', seconds: 120, speedMps: 1.5, cadence: 0 },
  { sport: 'cycling', subSport: 'road', seconds: 1800, speedMps: 9, cadence: 90 },
  { sport: 'transition', subSport: 'generic', seconds: 60, speedMps: 1.5, cadence: 0 },
  { sport: 'running', subSport: 'street', seconds: 1200, speedMps: 3.5, cadence: 85 },
]);
const pool = writePoolSwimFit(
  new Date('2026-05-12T06:30:00Z'),
  25,
  [
    ...Array.from({ length: 8 }, () => ({ seconds: 30, strokes: 18 })),
    { seconds: 60, strokes: 0, idle: true },
    ...Array.from({ length: 8 }, () => ({ seconds: 32, strokes: 19 })),
  ],
  'timed',
);

test('a triathlon is one event in the list and on its page; a pool swim shows its pace per 100 m and SWOLF', async ({
  page,
}) => {
  await importFiles(page, [
    { name: 'tri.fit', mimeType: 'application/octet-stream', buffer: Buffer.from(triathlon) },
    { name: 'pool.fit', mimeType: 'application/octet-stream', buffer: Buffer.from(pool) },
  ]);
  const list = page.getByRole('list', { name: 'Activities' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const event = list.getByRole('link').filter({ hasText: 'Multisport' });
  await expect(event).toContainText(
    'Multisport: Swimming, Transition, Cycling, Transition, Running',
  );
  await expect(event).toContainText('5 legs');

  await event.click();
  await expect(page.getByTestId('multisport-total')).toContainText(/^5 legs · .* for the event$/);
  await page.getByRole('link', { name: '3. Cycling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cycling');
  await expect(page.getByText('Speed (km/h)')).toBeVisible();

  await page.goto('/activities/');
  await list
    .getByRole('link')
    .filter({ hasText: /^Swimming/ })
    .click();
  const swim = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Swim' }) });
  await expect(swim.locator('dt:text-is("Pool") + dd')).toHaveText('25 m');
  await expect(swim.locator('dt:text-is("Lengths") + dd')).toHaveText('16');
  // 400 m swum in 8 × 30 s + 8 × 32 s = 496 s, rests left out: 2:04 per 100 m.
  await expect(swim.locator('dt:text-is("Pace") + dd')).toHaveText('2:04 /100 m');
  await expect(swim.locator('dt:text-is("SWOLF") + dd')).toHaveText('50');
});
