import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { athleteWithPlan, invite, password, uniqueEmail } from './coach-support';
import { expect } from './fixtures';
import { watchErrors } from './store-helpers';

export type Screen = { context: BrowserContext; page: Page; errors: string[] };

/** A fresh device whose relative addresses go to `base` (a journey's own relay). */
export async function screenOn(browser: Browser, base: string): Promise<Screen> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const errors: string[] = [];
  watchErrors(page, errors);
  return { context, page, errors };
}

/**
 * An athlete with a plan on `athleteBase` invites a coach as editor; the coach opens the link on
 * `coachBase` (the same relay, or another one sharing its stores), signs up and opens the plan.
 */
export async function coachEditingPlan(browser: Browser, athleteBase: string, coachBase: string) {
  const athlete = await screenOn(browser, athleteBase);
  const coach = await screenOn(browser, coachBase);
  const athleteEmail = uniqueEmail('athlete');
  const coachEmail = uniqueEmail('coach');
  const athleteId = await athleteWithPlan(athlete.page, athleteEmail);
  const link = await invite(athlete.page, coachEmail, 'Can edit');
  await coach.page.goto(link.replace(athleteBase, coachBase));
  await coach.page.getByRole('button', { name: 'New here? Create an account instead' }).click();
  const signUp = coach.page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(coachEmail);
  await signUp.getByLabel('Password').fill(password);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(coach.page.getByText('Invite accepted')).toBeVisible({ timeout: 20_000 });
  await coach.page.goto(`/coach/athlete/?id=${athleteId}`);
  await expect(
    coach.page.getByRole('heading', { name: 'Plan: Running: general fitness' }),
  ).toBeVisible({ timeout: 20_000 });
  await athlete.page.goto('/plan/');
  return { athlete, coach, athleteId, athleteEmail, coachEmail };
}

export function chipOf(page: Page, workoutId: string): Locator {
  return page.locator(`[data-workout-id="${workoutId}"]`);
}

/** Opens a workout, changes its title and/or minutes, saves (which locks it) and closes. */
export async function editWorkout(
  page: Page,
  workoutId: string,
  change: { title?: string; durationMin?: number },
): Promise<void> {
  await chipOf(page, workoutId).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
  if (change.title !== undefined) await dialog.getByLabel('Title').fill(change.title);
  if (change.durationMin !== undefined)
    await dialog.getByLabel('Duration (min)').fill(String(change.durationMin));
  await dialog.getByRole('button', { name: 'Save and lock' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** The minutes a workout's chip shows. */
export async function minutesOn(page: Page, workoutId: string): Promise<number | null> {
  const text = (await chipOf(page, workoutId).textContent()) ?? '';
  const match = /(\d+) min/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Chromium's own console lines for sockets and loads refused while a relay or link is down. */
export const refusedWhileDown =
  /^(WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/sync\/\S+' failed: |Failed to load resource: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)$)/;

export function unexpectedErrors(...screens: Screen[]): string[] {
  return screens.flatMap((s) => s.errors).filter((error) => !refusedWhileDown.test(error));
}
