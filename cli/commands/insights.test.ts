import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeGpx } from '../../engine/formats/test-support/write-gpx.ts';
import { main } from '../main.ts';
import { captureIo } from '../test-support/capture-io.ts';

/**
 * `runs` days, each with a GPX run and a journal entry; heart rate for the same speeds is lower
 * after more sleep, so efficiency follows sleep and nothing else does.
 */
async function fixture(runs: number): Promise<{ journal: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'splits-insights-'));
  const entries = [];
  for (let i = 0; i < runs; i++) {
    const date = new Date(Date.UTC(2025, 0, 1 + i, 12));
    const sleepHours = 5 + ((i * 7) % 9) / 2;
    const base = syntheticActivity({ durationS: 900, start: date });
    const activity = {
      ...base,
      samples: base.samples.map((s) => ({
        ...s,
        heartRateBpm: Math.round(s.heartRateBpm * (1.2 - 0.04 * sleepHours)),
      })),
    };
    await writeFile(join(dir, `run-${i}.gpx`), writeGpx(activity));
    entries.push({
      date: date.toISOString().slice(0, 10),
      sleepHours,
      soreness: 1 + ((i * 3) % 5),
      mood: 1 + ((i * 2) % 5),
    });
  }
  const journal = join(dir, 'journal.json');
  await writeFile(journal, JSON.stringify({ version: 1, entries }));
  return { journal, dir };
}

/**
 * `runs` flat runs held at about 145 bpm (the default athlete's reference heart rate), each faster
 * after more sleep: pace at that heart rate follows sleep.
 */
async function paceFixture(runs: number): Promise<{ journal: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'splits-pace-at-hr-'));
  const entries = [];
  for (let i = 0; i < runs; i++) {
    const date = new Date(Date.UTC(2025, 1, 1 + i, 12));
    const sleepHours = 5 + ((i * 7) % 9) / 2;
    const faster = 0.85 + 0.03 * sleepHours;
    const base = syntheticActivity({ durationS: 1800, start: date });
    const activity = {
      ...base,
      samples: base.samples.map((s) => ({
        ...s,
        heartRateBpm: 145 + (s.timeS % 3) - 1,
        latitudeDeg: 45 + (s.latitudeDeg! - 45) * faster,
        altitudeM: 300,
      })),
    };
    await writeFile(join(dir, `run-${i}.gpx`), writeGpx(activity));
    entries.push({ date: date.toISOString().slice(0, 10), sleepHours, mood: 1 + ((i * 2) % 5) });
  }
  const journal = join(dir, 'journal.json');
  await writeFile(journal, JSON.stringify({ version: 1, entries }));
  return { journal, dir };
}

describe('splits insights', () => {
  it('finds that more sleep goes with a faster pace at the reference heart rate', async () => {
    const { journal, dir } = await paceFixture(22);
    const io = captureIo();
    expect(await main(['insights', '--journal', journal, '--activities', dir, '--json'], io)).toBe(
      0,
    );
    const out = JSON.parse(io.stdout) as {
      working: { input: string; outcome: string; n: number; text: string }[];
    };
    const found = out.working.find((f) => f.input === 'sleep' && f.outcome === 'paceAtHr');
    expect(found).toMatchObject({ n: 22 });
    expect(found!.text).toMatch(/speed at the same heart rate/);
  }, 60_000);

  it('finds that more sleep goes with better efficiency from real GPX files and a journal', async () => {
    const { journal, dir } = await fixture(24);
    const io = captureIo();
    expect(await main(['insights', '--journal', journal, '--activities', dir, '--json'], io)).toBe(
      0,
    );
    const out = JSON.parse(io.stdout) as {
      sport: string;
      pairsTested: number;
      working: { input: string; outcome: string; n: number }[];
    };
    expect(out.sport).toBe('run');
    expect(out.pairsTested).toBeGreaterThan(0);
    expect(out.working).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ input: 'sleep', outcome: 'efficiency', n: 24 }),
      ]),
    );
  }, 60_000);

  it('with a handful of runs, says how many more it needs', async () => {
    const { journal, dir } = await fixture(5);
    const io = captureIo();
    expect(await main(['insights', '--journal', journal, '--activities', dir], io)).toBe(0);
    expect(io.stdout).toContain('Not enough data yet — about 15 more runs');
  }, 60_000);

  it('without --activities: one line, exit 2', async () => {
    const io = captureIo();
    expect(await main(['insights', '--journal', 'x.json'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/--activities DIR/);
  });
});
