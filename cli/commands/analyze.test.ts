import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeFit } from '../../engine/formats/test-support/write-fit.ts';
import { writeTcx } from '../../engine/formats/test-support/write-tcx.ts';
import { writeMultisportFit } from '../../engine/formats/test-support/write-multisport-fit.ts';
import { writePoolSwimFit } from '../../engine/formats/test-support/write-fit-patterns.ts';
import { main } from '../main.ts';
import { captureIo } from '../test-support/capture-io.ts';

type AnalyzeJson = Record<string, unknown> & {
  laps: Array<Record<string, unknown>>;
  load: { value: number | null; method: string };
};

let dir = '';
const run = syntheticActivity({ durationS: 2400, pause: { atS: 600, forS: 120 }, lapEveryS: 1000 });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'splits-analyze-'));
  await writeFile(join(dir, 'run.fit'), writeFit(run));
  await writeFile(join(dir, 'run.tcx'), writeTcx(run));
  await writeFile(join(dir, 'cut.fit'), writeFit(run).subarray(0, 10));
  await writeFile(join(dir, 'half.fit'), writeFit(run).subarray(0, 30000));
  await writeFile(join(dir, 'notes.fit'), 'not really a fit file');
  await writeFile(
    join(dir, 'duathlon.fit'),
    writeMultisportFit(new Date('2026-05-10T07:00:00Z'), [
      { sport: 'running', subSport: 'street', seconds: 600, speedMps: 3.5, cadence: 85 },
      { sport: 'transition', subSport: 'generic', seconds: 60, speedMps: 1, cadence: 0 },
      { sport: 'cycling', subSport: 'road', seconds: 1200, speedMps: 9, cadence: 90 },
    ]),
  );
});

describe('splits analyze', () => {
  it('--json prints one object with every documented field', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'run.fit'), '--json'], io)).toBe(0);
    expect(io.stderr).toBe('');
    const out = JSON.parse(io.stdout) as AnalyzeJson;
    expect(out.sport).toBe('running');
    expect(out.startTime).toBe('2026-03-01T07:00:00.000Z');
    expect(out.elapsedS).toBe(2400);
    expect(out.movingS).toBe(2280);
    expect(out.distanceM).toBeCloseTo(run.samples[run.samples.length - 1]!.distanceM, 1);
    expect(out.avgPowerW).toBeNull();
    for (const key of [
      'avgHr',
      'maxHr',
      'avgSpeedMps',
      'elevationGainM',
      'trimp',
      'efficiencyFactor',
    ]) {
      expect(typeof out[key], key).toBe('number');
    }
    // Constant speed over 25 m hills swings grade-adjusted pace by ±30 %: not a steady effort.
    expect(out).toHaveProperty('decouplingPct', null);
    expect(out.laps).toHaveLength(3);
    expect(Object.keys(out.laps[0]!)).toEqual([
      'startTime',
      'elapsedS',
      'movingS',
      'distanceM',
      'avgHr',
    ]);
    expect(out.load.method).toBe('running-tss');
  });

  it('--json gives decouplingPct for a steady row, and null with the reason when too short', async () => {
    const analyzed = async (durationS: number) => {
      const path = join(dir, `row-${durationS}.fit`);
      await writeFile(path, writeFit(syntheticActivity({ sport: 'rowing', durationS })));
      const io = captureIo();
      expect(await main(['analyze', path, '--json'], io)).toBe(0);
      return JSON.parse(io.stdout) as AnalyzeJson & {
        decoupling: { reason: { type: string } | null };
      };
    };
    const steady = await analyzed(2400);
    expect(typeof steady.decouplingPct).toBe('number');
    expect(steady.decoupling.reason).toBeNull();
    const short = await analyzed(900);
    expect(short.decouplingPct).toBeNull();
    expect(short.decoupling.reason?.type).toBe('too-short');
  });

  it('athlete flags change the heart-rate based figures', async () => {
    const low = captureIo();
    const high = captureIo();
    await main(
      ['analyze', join(dir, 'run.fit'), '--json', '--max-hr', '200', '--rest-hr', '40'],
      low,
    );
    await main(
      [
        'analyze',
        join(dir, 'run.fit'),
        '--json',
        '--max-hr',
        '170',
        '--rest-hr',
        '60',
        '--sex',
        'female',
      ],
      high,
    );
    const trimp = (io: { stdout: string }) => (JSON.parse(io.stdout) as { trimp: number }).trimp;
    expect(trimp(high)).toBeGreaterThan(trimp(low));
  });

  it('--threshold-pace sets running TSS: a faster threshold scores the same run lower', async () => {
    const slow = captureIo();
    const fast = captureIo();
    await main(['analyze', join(dir, 'run.fit'), '--json', '--threshold-pace', '5:30'], slow);
    await main(['analyze', join(dir, 'run.fit'), '--json', '--threshold-pace', '4:00'], fast);
    const load = (io: { stdout: string }) => (JSON.parse(io.stdout) as AnalyzeJson).load.value!;
    expect(load(fast)).toBeLessThan(load(slow));
  });

  it('reads a file cut off mid-way up to its last whole record and says what was lost', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'half.fit')], io)).toBe(0);
    expect(io.stdout).toMatch(/Note\s+This FIT file ends early \(30000 of \d+ bytes/);
    const json = captureIo();
    expect(await main(['analyze', join(dir, 'half.fit'), '--json'], json)).toBe(0);
    const out = JSON.parse(json.stdout) as AnalyzeJson & { notes: { type: string }[] };
    expect(out.notes.map((n) => n.type)).toEqual(['FileCutShort']);
    expect(out.elapsedS).toBeGreaterThan(600);
    expect(out.elapsedS).toBeLessThan(2400);
  });

  it('prints each leg of a multisport file, grouped', async () => {
    const json = captureIo();
    expect(await main(['analyze', join(dir, 'duathlon.fit'), '--json'], json)).toBe(0);
    const out = JSON.parse(json.stdout) as { groupId: string; legs: AnalyzeJson[] };
    expect(out.groupId).toBe('multisport-2026-05-10T07:00:00.000Z');
    expect(out.legs.map((leg) => leg.sport)).toEqual(['running', 'transition', 'cycling']);
    expect(out.legs.map((leg) => Math.round(leg.distanceM as number))).toEqual([2100, 60, 10800]);
    const text = captureIo();
    expect(await main(['analyze', join(dir, 'duathlon.fit')], text)).toBe(0);
    expect(text.stdout).toMatch(/^Leg 1 of 3\nrunning/);
    expect(text.stdout).toMatch(/Leg 3 of 3\ncycling/);
  });

  it('prints a pool swim’s pace per 100 m, lengths and SWOLF', async () => {
    const path = join(dir, 'pool.fit');
    const lengths = Array.from({ length: 16 }, () => ({ seconds: 25, strokes: 20 }));
    await writeFile(path, writePoolSwimFit(new Date('2026-05-11T06:00:00Z'), 25, lengths, 'timed'));
    const io = captureIo();
    expect(await main(['analyze', path], io)).toBe(0);
    expect(io.stdout).toMatch(/Swim\s+1:40 \/100 m · 16 × 25 m · SWOLF 45/);
  });

  it('names the default threshold pace the load used, and not once --threshold-pace is given', async () => {
    const fields = async (...flags: string[]) => {
      const io = captureIo();
      await main(['analyze', join(dir, 'run.fit'), '--json', ...flags], io);
      return (JSON.parse(io.stdout) as { assumptions: { field: string }[] }).assumptions.map(
        (a) => a.field,
      );
    };
    expect(await fields()).toContain('thresholdPaceSPerKm');
    expect(await fields('--threshold-pace', '4:00')).not.toContain('thresholdPaceSPerKm');
  });

  it('without --json prints a short summary with units', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'run.tcx')], io)).toBe(0);
    expect(io.stdout).toMatch(/Distance\s+\d+\.\d\d km \(\d+\.\d\d mi\)/);
    expect(io.stdout).toMatch(/\/km/);
    expect(io.stdout).toMatch(/bpm/);
  });

  it.each([
    ['cut.fit', /ends early/],
    ['notes.fit', /not a FIT, GPX or TCX/],
    ['missing.fit', /does not exist/],
  ])('%s: non-zero exit, one clear line on stderr, nothing on stdout', async (name, message) => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, name), '--json'], io)).not.toBe(0);
    expect(io.stdout).toBe('');
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(message);
  });

  it('refuses a bad flag value with exit 2', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'run.fit'), '--sex', 'x'], io)).toBe(2);
    expect(io.stderr).toMatch(/--sex/);
    const pace = captureIo();
    expect(await main(['analyze', join(dir, 'run.fit'), '--threshold-pace', 'fast'], pace)).toBe(2);
    expect(pace.stdout).toBe('');
  });

  it(
    'works as a real subprocess (tsx cli/main.ts, which npm run splits runs)',
    { timeout: 60_000 },
    async () => {
      const { stdout } = await promisify(execFile)(
        'npx',
        ['tsx', 'cli/main.ts', 'analyze', join(dir, 'run.fit'), '--json'],
        {
          cwd: join(import.meta.dirname, '../..'),
        },
      );
      const out = JSON.parse(stdout) as AnalyzeJson;
      expect(out.sport).toBe('running');
      const failed = await promisify(execFile)(
        'npx',
        ['tsx', 'cli/main.ts', 'analyze', join(dir, 'cut.fit')],
        {
          cwd: join(import.meta.dirname, '../..'),
        },
      ).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect('code' in failed && failed.code).toBe(1);
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toMatch(/ends early/);
    },
  );
});
