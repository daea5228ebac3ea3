import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chipOf,
  coachEditingPlan,
  editWorkout,
  minutesOn,
  unexpectedErrors,
} from './coach-relay-support';
import { expect, test } from './fixtures';
import { startRelay, type RelayProcess } from './relay-process';

/** A relay of this journey's own: stopping it cuts both screens' sockets for real. */
const port = Number(process.env.E2E_PORT ?? 8797) + 131;
let relay: RelayProcess | null = null;
let dataDir: string | null = null;

test.afterEach(async () => {
  await relay?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('athlete and coach edit the same week offline; every edit survives on both screens', async ({
  browser,
}) => {
  // Two accounts signing up, two browser contexts and a relay restart on two shared cores.
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'splits-e2e-merge-'));
  dataDir = dir;
  relay = await startRelay(port, dir);
  const { athlete, coach } = await coachEditingPlan(browser, relay.base, relay.base);
  const ids = await coach.page
    .locator('[data-workout-id]')
    .evaluateAll((chips) => chips.slice(0, 3).map((c) => c.getAttribute('data-workout-id') ?? ''));
  const [both, coachOnly, athleteOnly] = ids;
  if (!both || !coachOnly || !athleteOnly) throw new Error(`Too few workouts: ${ids.join(', ')}`);
  for (const id of ids) await expect(chipOf(athlete.page, id)).toBeVisible({ timeout: 20_000 });

  // Both lose the link: the browser says offline, and the relay is gone, so no socket lingers.
  await athlete.context.setOffline(true);
  await coach.context.setOffline(true);
  await relay.stop();
  for (const screen of [athlete, coach]) {
    await expect(screen.page.locator('[data-sync-status]')).toHaveAttribute(
      'data-sync-status',
      'offline',
    );
  }

  await editWorkout(coach.page, both, { durationMin: 31 });
  await editWorkout(coach.page, coachOnly, { title: 'Hills with the coach' });
  await editWorkout(athlete.page, both, { durationMin: 47 });
  await editWorkout(athlete.page, athleteOnly, { title: 'Tempo my way' });
  // Offline, each screen holds only its own edits.
  await expect(chipOf(coach.page, both)).toContainText('31 min');
  await expect(chipOf(athlete.page, both)).toContainText('47 min');

  relay = await startRelay(port, dir);
  await athlete.context.setOffline(false);
  await coach.context.setOffline(false);

  for (const screen of [athlete, coach]) {
    await expect(chipOf(screen.page, coachOnly)).toContainText('Hills with the coach', {
      timeout: 30_000,
    });
    await expect(chipOf(screen.page, athleteOnly)).toContainText('Tempo my way', {
      timeout: 30_000,
    });
  }
  // The same field changed on both sides: one value, the same on both screens.
  const minutesOnBoth = async () => [
    await minutesOn(coach.page, both),
    await minutesOn(athlete.page, both),
  ];
  await expect.poll(async () => new Set(await minutesOnBoth()).size, { timeout: 30_000 }).toBe(1);
  const [settled] = await minutesOnBoth();
  expect([31, 47]).toContain(settled);
  for (const screen of [athlete, coach]) {
    await expect(screen.page.locator('[data-sync-status]')).toHaveAttribute(
      'data-sync-status',
      'backed-up',
      { timeout: 30_000 },
    );
  }

  // A reload reads what was stored on each device: the merge was saved, not only drawn.
  for (const screen of [athlete, coach]) {
    await screen.page.reload();
    await expect(chipOf(screen.page, both)).toContainText(`${settled} min`, { timeout: 20_000 });
    await expect(chipOf(screen.page, coachOnly)).toContainText('Hills with the coach');
    await expect(chipOf(screen.page, athleteOnly)).toContainText('Tempo my way');
  }
  await athlete.context.close();
  await coach.context.close();
  expect(unexpectedErrors(athlete, coach)).toEqual([]);
});
