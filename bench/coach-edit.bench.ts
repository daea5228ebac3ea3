// One plan, edited live: a coach's edit in their browser until it is painted on the athlete's
// screen, both signed in to one loopback relay, in two Chromium contexts. The coach's page stamps
// the moment the edit form is submitted, the athlete's page the first frame after the workout's
// chip shows the new minutes; each page's clock is aligned with Node's. Reference, same run: the
// same kind of change between two bare y-websocket providers in Node through the same relay (the
// transport alone, no app, no screen), and the coach's own screen painting the edit (the app
// alone, no relay). Target: p95 under 100 ms.
// Needs a built app (`npx next build` → out/). Take the e2e lock: flock /tmp/e2e.lock npm run bench -- coach-edit
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from '@playwright/test';
import { grantsForChoice } from '../lib/sharing/share-scopes.ts';
import { api, register } from '../sync-server/test-support/http-api.ts';
import {
  connect,
  destroyAll,
  synced,
  type Client,
} from '../sync-server/test-support/relay-harness.ts';
import { clockOffsetMs, PAINTED_WITH, percentile, STAMP_SUBMITS } from './coach-edit-page.ts';
import { launchChromium, startAppRelay, waitForHealth } from './app-relay.ts';
import { report } from './measure.ts';
import { installCleanup, removeTempDir, stop, trackTempDir } from './relay/child-processes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 8816;
const BASE = `http://127.0.0.1:${PORT}`;
const EDITS = 120;
const WARMUP = 5;
const PASSWORD = 'a long enough password';

/** The athlete builds a plan and creates an account in the app, as in the coach journeys. */
async function athleteWithPlan(browser: Browser, email: string) {
  const page = await (await browser.newContext({ baseURL: BASE })).newPage();
  await page.goto('/plan/');
  const form = page.getByRole('form', { name: 'Make a plan' });
  await form.getByLabel('Goal').selectOption('general-fitness');
  await form.getByLabel('Minutes you train per week now').fill('180');
  await form.getByRole('button', { name: 'Build my plan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Running: general fitness' }).waitFor();
  await page.goto('/account/');
  const signUp = page.getByRole('form', { name: 'Create account' });
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password').fill(PASSWORD);
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await page.locator('[data-sync-status="backed-up"]').waitFor({ timeout: 60_000 });
  const session = (await page.evaluate(() =>
    JSON.parse(localStorage.getItem('splits.session') ?? '{}'),
  )) as { athleteId: string; accessToken: string };
  return { page, ...session };
}

/** The coach, signed in with a session made through the API, on the athlete's plan. */
async function coachOnPlan(browser: Browser, athleteId: string, accessToken: string) {
  const coach = await register(BASE);
  for (const grant of grantsForChoice(athleteId, {
    plan: 'editor',
    activities: false,
    journal: false,
    fitness: false,
  })) {
    const invite = await api(
      BASE,
      'POST',
      '/api/shares',
      { ...grant, email: coach.email },
      accessToken,
    );
    const { token } = invite.json as { token: string };
    await api(BASE, 'POST', '/api/shares/accept', { token }, coach.accessToken);
  }
  const page = await (await browser.newContext({ baseURL: BASE })).newPage();
  await page.addInitScript(
    (session) => localStorage.setItem('splits.session', session),
    JSON.stringify(coach),
  );
  await page.goto(`/coach/athlete/?id=${athleteId}`);
  await page
    .getByRole('heading', { name: 'Plan: Running: general fitness' })
    .waitFor({ timeout: 60_000 });
  return { page, coach };
}

/**
 * EDITS changes of one workout's minutes from the coach's dialog: for each, ms until the athlete's
 * screen paints it, and until the coach's own screen does (the app's part without the relay).
 */
async function editLatencies(coach: Page, athlete: Page, workoutId: string) {
  const [coachOffset, athleteOffset] = [await clockOffsetMs(coach), await clockOffsetMs(athlete)];
  await coach.evaluate(STAMP_SUBMITS);
  await coach.locator(`[data-workout-id="${workoutId}"]`).click();
  const dialog = coach.getByRole('dialog');
  const toAthlete: number[] = [];
  const onCoach: number[] = [];
  for (let i = 0; i < EDITS + WARMUP; i++) {
    // Under an hour, so the chip says "NN min"; never the minutes it shows already.
    const shown = (await athlete.locator(`[data-workout-id="${workoutId}"]`).textContent()) ?? '';
    const minutes = [21 + (i % 38), 59].find((m) => !shown.includes(`${m} min`))!;
    await dialog.getByRole('button', { name: 'Edit steps and details' }).click();
    await dialog.getByLabel('Duration (min)').fill(String(minutes));
    const watch = `(${PAINTED_WITH})(${JSON.stringify([workoutId, `${minutes} min`])})`;
    const [painted, paintedHere] = [athlete.evaluate(watch), coach.evaluate(watch)];
    await dialog.getByRole('button', { name: 'Save and lock' }).click();
    const [paintedAt, paintedHereAt] = (await Promise.all([painted, paintedHere])) as number[];
    const submittedAt = (await coach.evaluate('window.__editStamps.at(-1)')) as number;
    if (i < WARMUP) continue;
    toAthlete.push(paintedAt! - athleteOffset - (submittedAt - coachOffset));
    onCoach.push(paintedHereAt! - submittedAt);
  }
  return { toAthlete, onCoach };
}

/** The reference: the same change between two bare providers on the same document and relay. */
async function transportLatencies(docName: string, athleteToken: string, coachToken: string) {
  const clients: Client[] = [
    connect(`ws://127.0.0.1:${PORT}/sync`, docName, coachToken),
    connect(`ws://127.0.0.1:${PORT}/sync`, docName, athleteToken),
  ];
  const [writer, reader] = clients as [Client, Client];
  try {
    await Promise.all(clients.map((c) => synced(c.provider)));
    const bench = reader.doc.getMap('bench');
    const latencies: number[] = [];
    for (let i = 0; i < EDITS + WARMUP; i++) {
      const arrived = new Promise<number>((resolve) => {
        const look = () => {
          if (bench.get('n') !== i) return;
          bench.unobserve(look);
          resolve(performance.now());
        };
        bench.observe(look);
      });
      const sentAt = performance.now();
      writer.doc.getMap('bench').set('n', i);
      const at = await arrived;
      if (i >= WARMUP) latencies.push(at - sentAt);
    }
    return latencies;
  } finally {
    destroyAll(clients);
  }
}

export default async function bench(): Promise<void> {
  if (!existsSync(join(root, 'out', 'coach', 'athlete', 'index.html'))) {
    console.log('coach edit: no built app in out/ — run `npx next build` first; skipped.');
    return;
  }
  installCleanup();
  const dataDir = trackTempDir(mkdtempSync(join(tmpdir(), 'splits-bench-coach-edit-')));
  const relay = startAppRelay(PORT, dataDir, { SCRYPT_LOG2_N: '14', LOG_LEVEL: 'warn' });
  const browser = await launchChromium();
  try {
    await waitForHealth(BASE);
    const athlete = await athleteWithPlan(browser, `athlete-${Date.now()}@example.com`);
    const { page: coachPage, coach } = await coachOnPlan(
      browser,
      athlete.athleteId,
      athlete.accessToken,
    );
    const workoutId = await coachPage
      .locator('[data-workout-id]')
      .first()
      .getAttribute('data-workout-id');
    if (!workoutId) throw new Error('The plan has no workout.');
    await athlete.page.goto('/plan/');
    await athlete.page.locator(`[data-workout-id="${workoutId}"]`).waitFor();
    const { toAthlete: screen, onCoach } = await editLatencies(coachPage, athlete.page, workoutId);
    // A document of the athlete's own that the app never opens, so the reference runs alone.
    const transport = await transportLatencies(
      `${athlete.athleteId}/plan/${crypto.randomUUID()}`,
      athlete.accessToken,
      coach.accessToken,
    );
    const p95 = percentile(screen, 95);
    report(
      'coach edit: edit→athlete screen p95 vs transport p95',
      p95 / percentile(transport, 95),
      `${screen.length} edits: p50 ${percentile(screen, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ` +
        `(target < 100 ms); two bare providers: p50 ${percentile(transport, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(transport, 95).toFixed(1)} ms over ${transport.length}`,
    );
    report(
      "coach edit: edit→athlete screen p95 vs the coach's own screen p95",
      p95 / percentile(onCoach, 95),
      `the coach's own chip: p50 ${percentile(onCoach, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(onCoach, 95).toFixed(1)} ms (the app's share, no relay)`,
    );
  } finally {
    await browser.close();
    await stop(relay);
    removeTempDir(dataDir);
  }
}
