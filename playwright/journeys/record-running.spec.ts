import { test, expect } from './fixtures';
import { DEMO_SPEED, waitForActiveTime } from './record-support';

test('a treadmill, strap and footpod record one running session together', async ({ page }) => {
  await page.goto(`/record/?demo-speed=${DEMO_SPEED}`);
  await page.getByRole('button', { name: 'Demo treadmill, strap and footpod' }).click();
  const devices = page.getByRole('list', { name: 'Paired devices' });
  await expect(devices.getByTestId('link-status')).toHaveText([
    'Connected',
    'Connected',
    'Connected',
  ]);
  await expect(devices).toContainText('Battery 87 %');
  await expect(page.getByLabel('Sport to record')).toHaveValue('running');
  await page.getByRole('button', { name: 'Start recording' }).click();
  await waitForActiveTime(page, 90);
  await expect(page.getByTestId('live-pace')).toHaveText(/^\d:\d\d$/);
  await expect(page.getByTestId('live-cadence')).toHaveText(/^1\d\d$/);
  await page.getByRole('button', { name: 'Finish and save' }).click();
  await expect(page.getByTestId('saved-summary')).toHaveText(
    /^Saved: 0\.\d\d km in 1:\d\d\. Well done\.$/,
  );
});
