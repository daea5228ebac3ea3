import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeGpx } from '../../engine/formats/test-support/write-gpx.ts';
import { main } from '../main.ts';
import { captureIo } from '../test-support/capture-io.ts';

async function journalFile(content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'splits-readiness-'));
  const path = join(dir, 'journal.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
const rmssd = [60, 65, 58, 70, 62, 66, 59, 63, 61, 67, 64, 60, 62, 65];

describe('splits readiness', () => {
  it('scores the last journal day from HRV, sleep and logged load', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({
      date: day(i),
      rmssdMs: i >= 37 ? 45 : rmssd[i % rmssd.length],
      restingHrBpm: 50,
      sleepHours: 7.5,
      soreness: 2,
      trainingLoad: i % 2 ? 60 : 0,
    }));
    const io = captureIo();
    expect(
      await main(
        ['readiness', '--journal', await journalFile({ version: 1, entries }), '--json'],
        io,
      ),
    ).toBe(0);
    const out = JSON.parse(io.stdout) as {
      date: string;
      score: number;
      confidence: string;
      builtFrom: string[];
      reasons: string[];
    };
    expect(out.date).toBe(day(39));
    expect(out.builtFrom).toEqual(expect.arrayContaining(['HRV', 'sleep', 'recent training load']));
    expect(out.reasons.join(' ')).toContain('HRV is below your normal range for the 3rd day');
    expect(out.score).toBeGreaterThan(0);
    expect(out.score).toBeLessThan(100);
  });

  it('adds recent load from --activities files to the muscular system', async () => {
    const path = await journalFile({ version: 1, entries: [{ date: '2025-01-10', soreness: 2 }] });
    const dir = join(path, '..', 'runs');
    await mkdir(dir);
    for (const day of [8, 9, 10]) {
      const run = syntheticActivity({
        durationS: 2400,
        start: new Date(Date.UTC(2025, 0, day, 12)),
      });
      await writeFile(join(dir, `run-${day}.gpx`), writeGpx(run));
    }
    const io = captureIo();
    expect(await main(['readiness', '--journal', path, '--activities', dir, '--json'], io)).toBe(0);
    type Out = {
      builtFrom: string[];
      date: string;
      reasons: string[];
      assumptions: { field: string }[];
    };
    const out = JSON.parse(io.stdout) as Out;
    expect(out.date).toBe('2025-01-10');
    expect(out.builtFrom).toEqual(['soreness', 'recent training load']);
    // Three days of history: form is not read as fatigue, and the load's defaults are named.
    expect(out.reasons.join(' ')).toMatch(/Form is not meaningful yet/);
    expect(out.assumptions.map((a) => a.field)).toContain('thresholdPaceSPerKm');
    const seeded = captureIo();
    const flags = ['--activities', dir, '--json', '--ctl', '50', '--atl', '50'];
    expect(await main(['readiness', '--journal', path, ...flags], seeded)).toBe(0);
    expect((JSON.parse(seeded.stdout) as Out).reasons.join(' ')).not.toMatch(/not meaningful/);
  }, 60_000);

  it('a journal field out of range is one line naming the entry, nothing on stdout', async () => {
    const io = captureIo();
    const path = await journalFile({ version: 1, entries: [{ date: '2025-01-01', soreness: 9 }] });
    expect(await main(['readiness', '--journal', path], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toContain('entries.0.soreness');
  });

  it('a file that is not JSON is a clear error', async () => {
    const io = captureIo();
    expect(await main(['readiness', '--journal', await journalFile('{oops')], io)).toBe(2);
    expect(io.stderr).toMatch(/not valid JSON/);
  });
});
