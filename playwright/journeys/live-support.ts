import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

const password = 'correct horse battery';

export type Person = {
  context: BrowserContext;
  page: Page;
  email: string;
  athleteId: string;
  accessToken: string;
};

/** A new browser context signed up through the Account screen, with its session read back. */
export async function signedUp(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.com`;
  await page.goto('/account/');
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${email}.`);
  const session = await page.evaluate(
    () => JSON.parse(localStorage.getItem('splits.session') ?? '{}') as Record<string, string>,
  );
  return { context, page, email, athleteId: session.athleteId!, accessToken: session.accessToken! };
}

/** The owner shares `prefix` with the guest through the relay's share API, and the guest accepts. */
export async function share(
  request: APIRequestContext,
  owner: Person,
  guest: Person,
  prefix: string,
  role: 'editor' | 'viewer',
): Promise<void> {
  const invite = await request.post('/api/shares', {
    headers: { authorization: `Bearer ${owner.accessToken}` },
    data: { prefix, role, email: guest.email },
  });
  expect(invite.status()).toBe(201);
  const { token } = (await invite.json()) as { token: string };
  const accepted = await request.post('/api/shares/accept', {
    headers: { authorization: `Bearer ${guest.accessToken}` },
    data: { token },
  });
  expect(accepted.status()).toBe(200);
}
