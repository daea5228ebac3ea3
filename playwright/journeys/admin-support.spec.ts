import { athleteWithPlan, password, uniqueEmail } from './coach-support';
import { openConsole, startOwnedRelay, type OwnedRelay } from './admin-relay';
import { expect, test } from './fixtures';

/** A relay of this journey's own, so its owner can be made before it starts. */
const PORT = Number(process.env.E2E_PORT ?? 8797) + 108;
const BASE = `http://127.0.0.1:${PORT}`;
const OWNER = uniqueEmail('owner');
const ATHLETE = uniqueEmail('ada');
// Offered through the app's test hook (localStorage), so the journey can watch the grant end.
const GRANT_S = 30;

let relay: OwnedRelay | null = null;
test.use({ baseURL: BASE });
test.beforeAll(async () => {
  relay = await startOwnedRelay(PORT, OWNER, password);
});
test.afterAll(async () => {
  await relay?.stop();
});

test('an athlete grants support their plan; the admin reads just that until the grant ends', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const athleteId = await athleteWithPlan(page, ATHLETE);

  // The owner, in a browser of their own, waits on the Support tab.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await openConsole(admin, BASE, OWNER, password);
  await admin.getByRole('tab', { name: 'Support' }).click();
  await expect(admin.getByTestId('support-grants-none')).toBeVisible();

  await page.evaluate(
    (s) => window.localStorage.setItem('splits.test.supportDurationS', s),
    `${GRANT_S}`,
  );
  await page.goto('/settings/#sharing');
  const form = page.getByRole('form', { name: 'Grant support access' });
  await expect(form.getByLabel('plan', { exact: true })).toBeChecked();
  await expect(form.getByLabel('journal')).not.toBeChecked();
  await form.getByLabel('For how long').selectOption({ label: `${GRANT_S} seconds` });
  await form.getByRole('button', { name: 'Grant support access' }).click();
  await expect(page.getByRole('list', { name: 'Support access now' })).toContainText(
    'Support can read your plan until',
  );

  // The admin sees the grant appear, and in it only the plan's documents.
  await admin.getByRole('button', { name: `Open ${ATHLETE}` }).click();
  const docs = admin.getByTestId('support-docs').getByRole('button');
  await expect(docs.first()).toBeVisible();
  for (const name of await docs.allTextContents()) expect(name).toMatch(/^plan\//);
  await docs.first().click();
  await expect(admin.getByTestId('support-document')).toContainText(`${athleteId}/plan/`);

  // The athlete sees the look in the admin actions on their account.
  await page.goto('/account/');
  const actions = page.getByTestId('operator-actions');
  await expect(actions).toContainText(
    `${OWNER} looked at a document through your support access: ${athleteId}/plan/`,
  );
  await expect(actions).toContainText(`${OWNER} opened your support access`);

  // When the grant's time is up the relay stops listing it, and the admin loses the documents.
  await expect(admin.getByTestId('support-ended')).toBeVisible({ timeout: (GRANT_S + 15) * 1000 });
  await expect(admin.getByTestId('support-docs')).toHaveCount(0);
  await expect(admin.getByTestId('support-grants-none')).toBeVisible();

  // A grant for an hour, ended early with one press: the admin loses it at once.
  await page.goto('/settings/#sharing');
  await form.getByLabel('For how long').selectOption({ label: '1 hour' });
  await form.getByRole('button', { name: 'Grant support access' }).click();
  await admin.getByRole('button', { name: `Open ${ATHLETE}` }).click();
  await expect(admin.getByTestId('support-docs').getByRole('button').first()).toBeVisible();
  await page.getByRole('button', { name: 'End support access now' }).click();
  await expect(page.getByTestId('support-none')).toBeVisible();
  await expect(admin.getByTestId('support-ended')).toBeVisible();
  await expect(admin.getByTestId('support-docs')).toHaveCount(0);
  await adminContext.close();
});
