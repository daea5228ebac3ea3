import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
export const VIEWPORTS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The browser's local calendar day `offset` days from today, and its weekday's name. */
export async function localDay(
  page: Page,
  offset: number,
): Promise<{ iso: string; weekday: string }> {
  return page.evaluate(
    ([days, names]) => {
      const d = new Date();
      d.setDate(d.getDate() + days);
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return { iso, weekday: names[d.getDay()]! };
    },
    [offset, WEEKDAYS] as const,
  );
}

export type PlanChoice = {
  sport?: 'Running' | 'Rowing';
  goal?: string;
  raceInDays?: number;
  weeklyMin?: string;
  best?: { distanceM: string; time: string };
  /** Training days as offsets from today; the form's defaults when absent. */
  dayOffsets?: number[];
  longDayOffset?: number | null;
  experience?: 'beginner' | 'intermediate' | 'advanced';
};

/** Fills the plan form as an athlete would and builds the plan. */
export async function makePlan(page: Page, choice: PlanChoice): Promise<void> {
  await page.goto('/plan/');
  const make = page.getByRole('button', { name: 'Make another plan' });
  const form = page.getByRole('form', { name: 'Make a plan' });
  await expect(make.or(form)).toBeVisible();
  if (await make.isVisible()) await make.click();
  await form.getByRole('radio', { name: choice.sport ?? 'Running' }).check();
  await form.getByLabel('Goal').selectOption(choice.goal ?? '10k');
  if (choice.raceInDays !== undefined)
    await form.getByLabel('Race date').fill((await localDay(page, choice.raceInDays)).iso);
  if (choice.weeklyMin !== undefined)
    await form.getByLabel('Minutes you train per week now').fill(choice.weeklyMin);
  if (choice.experience) await form.getByLabel('Experience').selectOption(choice.experience);
  if (choice.dayOffsets) {
    const names = await Promise.all(
      choice.dayOffsets.map(async (d) => (await localDay(page, d)).weekday),
    );
    for (const day of WEEKDAYS)
      await form.getByLabel(day, { exact: true }).setChecked(names.includes(day));
  }
  if (choice.longDayOffset !== undefined) {
    const long =
      choice.longDayOffset === null
        ? ''
        : (await localDay(page, choice.longDayOffset)).weekday.slice(0, 3).toLowerCase();
    await form.getByLabel('Long session on').selectOption(long);
  }
  if (choice.best) {
    await form.getByLabel('A recent best: distance (m)').fill(choice.best.distanceM);
    await form.getByLabel('…and its time').fill(choice.best.time);
  }
  await form.getByRole('button', { name: 'Build my plan' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Plan calendar' })).toBeVisible();
  await expect(page.getByText('Saving…')).toHaveCount(0);
}

/** Steps the week view forward until a workout of `kind` shows; returns its chip. */
export async function findWorkout(page: Page, kind: string, maxWeeks = 12) {
  await expect(page.locator('li[data-drop-date]')).toHaveCount(7);
  const chip = page.locator(`[data-workout-id$="-${kind}"]`).first();
  for (let week = 0; week < maxWeeks; week++) {
    if ((await chip.count()) > 0) return chip;
    await page.getByRole('button', { name: 'Next week' }).click();
  }
  throw new Error(`no ${kind} workout in ${maxWeeks} weeks`);
}

/** The workout on a given day, in the week view. */
export function dayRow(page: Page, iso: string) {
  return page.locator(`li[data-drop-date="${iso}"]`);
}

/** Steps the week view forward until the day shows (at most three weeks). */
export async function showDay(page: Page, iso: string): Promise<void> {
  await expect(page.locator('li[data-drop-date]')).toHaveCount(7);
  for (let i = 0; i < 3 && (await dayRow(page, iso).count()) === 0; i++)
    await page.getByRole('button', { name: 'Next week' }).click();
  await expect(dayRow(page, iso)).toBeVisible();
}

/** The only workout on a day, in the week view. */
export function workoutOn(page: Page, iso: string) {
  return dayRow(page, iso).locator('[data-workout-id]');
}
