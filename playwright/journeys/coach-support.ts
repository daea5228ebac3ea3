import { expect, type Browser, type Page } from '@playwright/test';

export const password = 'correct horse battery';

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** An athlete with a plan and an account, everything backed up. */
export async function athleteWithPlan(page: Page, email: string): Promise<string> {
  await page.goto('/plan/');
  const planForm = page.getByRole('form', { name: 'Make a plan' });
  await planForm.getByLabel('Goal').selectOption('general-fitness');
  await planForm.getByLabel('Minutes you train per week now').fill('180');
  await planForm.getByRole('button', { name: 'Build my plan' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Running: general fitness' }),
  ).toBeVisible();
  await page.goto('/account/');
  const signUp = page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password').fill(password);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}.`);
  await expect(page.locator('[data-sync-status]')).toHaveAttribute(
    'data-sync-status',
    'backed-up',
    { timeout: 20_000 },
  );
  const athleteId = await page.evaluate(() => window.localStorage.getItem('splits.athleteId'));
  if (!athleteId) throw new Error('The athlete has no id.');
  return athleteId;
}

/** Invites from Settings → Sharing; answers the link shown to copy. */
export async function invite(page: Page, coachEmail: string, plan: 'Can edit' | 'Can view') {
  await page.goto('/plan/');
  await page.getByRole('link', { name: 'Share' }).click();
  await expect(page).toHaveURL(/\/settings\/#sharing$/);
  const form = page.getByRole('form', { name: 'Invite a coach' });
  await form.getByLabel("Coach's email").fill(coachEmail);
  await form.getByLabel('Your plan').selectOption({ label: plan });
  await form.getByRole('button', { name: 'Invite' }).click();
  const link = page.getByLabel('Invite link');
  await expect(link).toHaveValue(/\/accept\/\?token=/);
  await expect(page.getByRole('list', { name: 'Who has access' })).toContainText(coachEmail);
  return link.inputValue();
}

/** A fresh device that opens the invite link and creates an account there. */
export async function openLinkAndSignUp(browser: Browser, link: string, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('button', { name: 'New here? Create an account instead' }).click();
  const signUp = page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password').fill(password);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  return { context, page };
}

/** Names of the IndexedDB databases on this device holding the athlete's documents. */
export function storedDocsOf(page: Page, athleteId: string): Promise<string[]> {
  return page.evaluate(
    async (id) =>
      (await indexedDB.databases())
        .map((d) => d.name ?? '')
        .filter((name) => name.startsWith(`${id}/`)),
    athleteId,
  );
}
