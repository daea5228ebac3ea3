import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Demo devices run 20× faster than real time, so a minute of rowing takes three seconds. */
export const DEMO_SPEED = 20;

export type JournalRow = { timeS: number; heartRateBpm: number; distanceM: number };
export type JournalEvent = { type: string; atS?: number; deviceId?: string };

/** Opens Record with the demo rower and strap paired and the recording started. */
export async function startDemoRow(page: Page): Promise<void> {
  await page.goto(`/record/?demo-speed=${DEMO_SPEED}`);
  await page.getByRole('button', { name: 'Demo rower and heart-rate strap' }).click();
  const devices = page.getByRole('list', { name: 'Paired devices' });
  await expect(devices.getByRole('listitem')).toHaveCount(2);
  await expect(devices.getByTestId('link-status')).toHaveText(['Connected', 'Connected']);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('region', { name: 'Live numbers' })).toBeVisible();
}

/**
 * Makes a rowing plan whose week one puts a session today, then opens Record at demo speed and
 * picks it in the workout picker. 'easy': training on today's weekday only, so the one session
 * (a steady piece) falls today. 'intervals': training today and two and four days on, with a
 * recent 2k best, so today is the week's tempo session — warm-up, work pieces with rest between,
 * cool-down — each step with a target pace from the 2k.
 */
export async function followTodaysRowingSession(
  page: Page,
  session: 'easy' | 'intervals' = 'easy',
): Promise<void> {
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Make a plan' });
  await form.getByRole('radio', { name: 'Rowing' }).check();
  await form.getByLabel('Goal').selectOption('general-fitness');
  await form.getByLabel('Minutes you train per week now').fill('150');
  const offsets = session === 'easy' ? [0] : [0, 2, 4];
  const trainingDays = await page.evaluate(
    (days) =>
      days.map((offset) => {
        const date = new Date();
        date.setDate(date.getDate() + offset);
        return date.toLocaleDateString('en-GB', { weekday: 'long' });
      }),
    offsets,
  );
  for (const day of [
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
  ]) {
    await form.getByLabel(day, { exact: true }).setChecked(trainingDays.includes(day));
  }
  if (session === 'intervals') {
    await form.getByLabel('Long session on').selectOption('');
    await form.getByLabel('A recent best: distance (m)').fill('2000');
    await form.getByLabel('…and its time').fill('7:30');
  }
  await form.getByRole('button', { name: 'Build my plan' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 3, name: /^Week 1 of / })).toBeVisible();
  await expect(page.getByText('Saving…')).toHaveCount(0);

  await page.goto(`/record/?demo-speed=${DEMO_SPEED}`);
  const picker = page.getByLabel('Follow a workout');
  await expect(picker.getByRole('option', { name: /^Today: / })).toHaveCount(1);
  await picker.selectOption({ index: 1 });
}

/** The active time the live clock shows now, in seconds. */
export async function liveActiveS(page: Page): Promise<number> {
  const text = (await page.getByTestId('live-time').textContent()) ?? '';
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** Waits until the live clock shows at least `seconds` of active time. */
export async function waitForActiveTime(page: Page, seconds: number): Promise<void> {
  await expect.poll(() => liveActiveS(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(seconds);
}

/** Reads the recorder's crash-safe journal straight from the browser's IndexedDB. */
export async function readJournal(
  page: Page,
): Promise<{ sessions: number; rows: JournalRow[]; events: JournalEvent[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('splits-recorder');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Chunk = { seq: number; rows: JournalRow[]; events: JournalEvent[] };
    const sessions = await all<{ status: string }>('sessions');
    const chunks = (await all<Chunk>('chunks')).sort((a, b) => a.seq - b.seq);
    db.close();
    return {
      sessions: sessions.filter((s) => s.status === 'recording').length,
      rows: chunks.flatMap((c) => c.rows),
      events: chunks.flatMap((c) => c.events),
    };
  });
}

/** "2:05", "21:16" or "1:02:09" to seconds. */
export function clockS(text: string): number {
  const match = text.match(/(?:(\d+):)?(\d+):(\d\d)/);
  if (!match) throw new Error(`No clock time in "${text}"`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

type Placed = {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  fontPx: number;
  /** Whether what is drawn at its centre is it (nothing, such as the tab bar, covers it). */
  onTop: boolean;
};

/**
 * Where the recording's numbers and controls are on screen as the page stands (nothing scrolled
 * by the test), how big their figures are, and whether anything covers them.
 */
async function placeRecording(page: Page): Promise<Placed[]> {
  return page.evaluate(() => {
    const view = document.querySelector('section[aria-label="Recording"]');
    if (!view) throw new Error('No recording on screen.');
    const figures = [...view.querySelectorAll('[data-testid^="live-"], [data-testid="step-left"]')];
    // The discard question's own buttons are not on screen until it is asked.
    const controls = [...view.querySelectorAll('button')].filter((b) => !b.closest('dialog'));
    return [...figures, ...controls].map((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        name: el.getAttribute('data-testid') ?? el.textContent ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        width: r.width,
        height: r.height,
        fontPx: parseFloat(getComputedStyle(el).fontSize),
        onTop: hit !== null && (el === hit || el.contains(hit)),
      };
    });
  });
}

/**
 * Every live number and every control of the recording is wholly in the window and uncovered
 * without the athlete scrolling; the main figure is at least 64 px, the others at least 40 px,
 * each control at least 48 × 48 px.
 */
export async function expectRecordingInView(page: Page): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const placed = await placeRecording(page);
  expect(placed.filter((p) => p.name.startsWith('live-')).length).toBeGreaterThanOrEqual(5);
  for (const p of placed) {
    const where = `${p.name} at ${Math.round(p.left)},${Math.round(p.top)}–${Math.round(p.right)},${Math.round(p.bottom)} in ${width}×${height}`;
    expect(p.left >= 0 && p.top >= 0 && p.right <= width && p.bottom <= height, where).toBe(true);
    expect(p.onTop, `${where} is covered`).toBe(true);
    if (p.name === 'live-split' || p.name === 'live-pace') {
      expect(p.fontPx, p.name).toBeGreaterThanOrEqual(64);
    } else if (p.name.startsWith('live-') || p.name === 'step-left') {
      expect(p.fontPx, p.name).toBeGreaterThanOrEqual(40);
    } else {
      expect(Math.min(p.width, p.height), `${p.name} size`).toBeGreaterThanOrEqual(48);
    }
  }
}
