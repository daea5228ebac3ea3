import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniqueEmail } from './coach-support';
import { profileOnRelay, registered, shareEverything } from './coach-desk-seed';
import { signIn } from './data-support';
import { expect, test } from './fixtures';
import { startRelay, type RelayProcess } from './relay-process';

// Each athlete gives the desk up to four documents (profile, plan, activities, journal) and the
// relay lets one account hold 64 connections (MAX_CONNECTIONS_PER_ACCOUNT, left at its default
// here): 40 athletes held open at once would be 160.
const ATHLETES = 40;
const nameOf = (i: number) => `Athlete ${String(i + 1).padStart(2, '0')}`;
const port = Number(process.env.E2E_PORT ?? 8797) + 133;
let relay: RelayProcess | null = null;
let dataDir: string | null = null;

test.afterEach(async () => {
  await relay?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('a coach with 40 athletes sees every card with its figures, within the connection cap', async ({
  browser,
  playwright,
}) => {
  // Forty-one accounts, two hundred shares and forty athletes' documents on two shared cores.
  test.setTimeout(300_000);
  // One machine signs up 41 accounts: the sign-in limits per address are raised, nothing else.
  dataDir = mkdtempSync(join(tmpdir(), 'splits-e2e-desk-'));
  relay = await startRelay(port, dataDir, {
    SCRYPT_LOG2_N: '14',
    LOGIN_ATTEMPTS_PER_WINDOW: '1000',
  });
  const request = await playwright.request.newContext({ baseURL: relay.base });
  const wsBase = `${relay.base.replace(/^http/, 'ws')}/sync`;
  const coach = await registered(request, uniqueEmail('coach'));
  for (let i = 0; i < ATHLETES; i++) {
    const athlete = await registered(request, uniqueEmail(`athlete-${i}`));
    await shareEverything(request, athlete, coach);
    await profileOnRelay(wsBase, athlete, nameOf(i));
  }
  await request.dispose();

  const context = await browser.newContext({ baseURL: relay.base });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await signIn(page, coach.email);
  await page.goto('/coach/');
  const cards = page.getByRole('list', { name: 'Athletes' }).getByRole('listitem');
  await expect(cards.filter({ has: page.getByRole('heading') })).toHaveCount(ATHLETES, {
    timeout: 20_000,
  });
  // Every card carries its athlete's own name (from their profile, synced) and their figures.
  for (let i = 0; i < ATHLETES; i++) {
    const card = page.getByRole('listitem', { name: nameOf(i), exact: true });
    await expect(card).toContainText('Readiness today', { timeout: 120_000 });
  }
  await expect(page.getByText('Working out the figures…')).toHaveCount(0);
  // No socket was refused for going over the cap on the way.
  expect(errors).toEqual([]);
  await context.close();
});
