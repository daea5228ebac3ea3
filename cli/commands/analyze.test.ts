import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeFit } from '../../engine/formats/test-support/write-fit.ts';
import { writeTcx } from '../../engine/formats/test-support/write-tcx.ts';
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
  await writeFile(join(dir, 'cut.fit'), writeFit(run).subarray(0, 3000));
  await writeFile(join(dir, 'notes.fit'), 'not really a fit file');
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
