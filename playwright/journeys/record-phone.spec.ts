import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  expectRecordingInView,
  readJournal,
  startDemoRow,
  waitForActiveTime,
} from './record-support';

const screens = [
  { name: 'a portrait phone', file: 'portrait', viewport: { width: 390, height: 844 } },
  { name: 'a landscape phone', file: 'landscape', viewport: { width: 844, height: 390 } },
  { name: 'a desktop', file: 'desktop', viewport: { width: 1280, height: 800 } },
];

const recordingView = (page: Page) => page.getByRole('region', { name: 'Recording' });

for (const screen of screens) {
  test.describe(`on ${screen.name}`, () => {
    test.use({ viewport: screen.viewport });

    test('the recording fills the screen, big, with focus on Pause; Space pauses and L laps', async ({
      page,
    }, testInfo) => {
      await startDemoRow(page);
      const pause = page.getByRole('button', { name: 'Pause' });
      await expect(pause).toBeFocused();
      // Setup and pairing are out of the way; the save state is said plainly.
      await expect(page.getByText(/Pair your rowing monitor/)).toBeHidden();
      await expect(page.getByRole('group', { name: 'Demo devices' })).toHaveCount(0);
      await expect(page.getByTestId('save-state')).toHaveText('Saved on this device as you go');
      await waitForActiveTime(page, 10);
      await expectRecordingInView(page);
      await page.screenshot({ path: testInfo.outputPath(`recording-${screen.file}.png`) });

      // Space presses the focused Pause; focus stays on that button, now Resume.
      await page.keyboard.press('Space');
      const resume = page.getByRole('button', { name: 'Resume' });
      await expect(resume).toBeFocused();
      await expect(recordingView(page).getByText('Paused', { exact: true })).toBeVisible();
      // With no control focused, Space is the screen's own shortcut.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Space');
      await expect(pause).toBeVisible();
      await expect(recordingView(page).getByText('Recording', { exact: true })).toBeVisible();
      await page.keyboard.press('l');
      await expect(page.getByRole('group', { name: 'Time' })).toContainText('Lap 2:');
      await expect
        .poll(async () => (await readJournal(page)).events.filter((e) => e.type === 'lap').length)
        .toBe(1);
    });

    test('full screen covers the window and has a clear way out', async ({ page }) => {
      await startDemoRow(page);
      await page.getByRole('button', { name: 'Full screen' }).click();
      await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'true');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      await expectRecordingInView(page);
      // Nothing of the app around it shows: the recording is what is drawn at each corner.
      const corners = await page.evaluate(() => {
        const view = document.querySelector('section[aria-label="Recording"]')!;
        const [w, h] = [window.innerWidth - 1, window.innerHeight - 1];
        return [
          [0, 0],
          [w, 0],
          [0, h],
          [w, h],
        ].map(([x, y]) => view.contains(document.elementFromPoint(x!, y!)));
      });
      expect(corners).toEqual([true, true, true, true]);
      await page.getByRole('button', { name: 'Exit full screen' }).click();
      await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'false');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
    });
  });
}

test.describe('on a portrait phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Discard asks first, keeps recording on Escape, and lands on the result', async ({
    page,
  }) => {
    await startDemoRow(page);
    await waitForActiveTime(page, 10);
    await page.getByRole('button', { name: 'Discard…' }).click();
    const question = page.getByRole('dialog', { name: 'Discard this session?' });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Keep recording' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    // Escape answered the question only: still recording, not in or out of full screen.
    await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'false');
    await waitForActiveTime(page, 15);
    expect((await readJournal(page)).sessions).toBe(1);

    await page.getByRole('button', { name: 'Discard…' }).click();
    await question.getByRole('button', { name: 'Discard session' }).click();
    const result = page.getByRole('region', { name: 'Session result' });
    await expect(result).toBeFocused();
    await expect(result).toContainText('That session was let go.');
    await expect.poll(async () => (await readJournal(page)).sessions).toBe(0);
  });

  test('full screen works as a layout where the browser has no Fullscreen API', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false });
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
    });
    await startDemoRow(page);
    await page.keyboard.press('f');
    await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'true');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expectRecordingInView(page);
    await page.keyboard.press('Escape');
    await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'false');
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'true');
    await page.getByRole('button', { name: 'Exit full screen' }).click();
    await expect(recordingView(page)).toHaveAttribute('data-full-screen', 'false');
  });
});
