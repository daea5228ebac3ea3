import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../engine/plan/calendar-date.ts';
import { main } from '../main.ts';
import { captureIo } from '../test-support/capture-io.ts';

type AdaptJson = {
  today: string;
  readiness: { score: number; advice: string };
  changes: { kind: string; before: { date: string; type: string }; reason: string }[];
  notes: string[];
  paceUpdate?: { text: string; after: { vdot: number } };
};

let dir = '';
let planPath = '';
const today = '2027-02-09';

async function journal(name: string, entries: unknown[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify({ version: 1, entries }));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'splits-adapt-'));
  const io = captureIo();
  const args = ['plan', '--sport', 'run', '--goal', 'half-marathon', '--date', '2027-04-18'];
  const more = ['--weekly-minutes', '240', '--days', 'mon,wed,fri,sun', '--start', '2026-12-07'];
  expect(await main([...args, ...more, '--best-10k', '45:00', '--json'], io)).toBe(0);
  planPath = join(dir, 'plan.json');
  await writeFile(planPath, io.stdout);
});

describe('splits adapt', () => {
  it('five ill mornings ease every one of the coming days, and the notes name them', async () => {
    const ill = [4, 3, 2, 1, 0].map((d) => ({
      date: addDays(today, -d),
      sleepHours: 4,
      sleepQuality: 1,
      soreness: 5,
      stress: 5,
      mood: 1,
    }));
    const io = captureIo();
    const args = ['adapt', planPath, '--journal', await journal('ill.json', ill), '--json'];
    expect(await main(args, io)).toBe(0);
    const out = JSON.parse(io.stdout) as AdaptJson;
    expect(out.today).toBe(today);
    expect(out.readiness.advice).toBe('restOrVeryEasy');
    const eased = out.changes.filter((c) => c.kind === 'ease');
    expect(new Set(eased.map((c) => c.before.date)).size).toBeGreaterThanOrEqual(2);
    expect(out.notes[0]).toMatch(/^Readiness has been low for 5 days .* the next 5 days, /);
  });

  it('--result with a better 10 km moves the coming paces and shows the change', async () => {
    const fine = [{ date: today, sleepHours: 8, soreness: 1, stress: 1, mood: 5 }];
    const io = captureIo();
    const path = await journal('fine.json', fine);
    expect(
      await main(['adapt', planPath, '--journal', path, '--result', '10k=42:00', '--json'], io),
    ).toBe(0);
    const out = JSON.parse(io.stdout) as AdaptJson;
    expect(out.paceUpdate!.after.vdot).toBeGreaterThan(48);
    expect(out.changes.every((c) => c.kind === 'repace')).toBe(true);
    const text = captureIo();
    expect(await main(['adapt', planPath, '--journal', path, '--result', '10k=42:00'], text)).toBe(
      0,
    );
    expect(text.stdout).toMatch(/puts your VDOT at 4\d\.\d, up from 45\.3/);
  });

  it('a file that is not a plan, or a bad --result, is one line on stderr and exit 2', async () => {
    const path = await journal('j.json', [{ date: today, sleepHours: 8 }]);
    const notPlan = join(dir, 'not-plan.json');
    await writeFile(notPlan, JSON.stringify({ weeks: [{ start: '2027-02-30', workouts: [] }] }));
    for (const args of [
      ['adapt', notPlan, '--journal', path],
      ['adapt', planPath, '--journal', path, '--result', 'fast'],
      ['adapt', planPath],
    ]) {
      const io = captureIo();
      expect(await main(args, io)).toBe(2);
      expect(io.stdout).toBe('');
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
