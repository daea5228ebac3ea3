import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeGpx } from '../../engine/formats/test-support/write-gpx.ts';
import { main } from '../main.ts';
import { captureIo } from '../test-support/capture-io.ts';

type JsonPlan = {
  weeks: {
    start: string;
    phase: string;
    plannedMinutes: number;
    workouts: {
      id: string;
      date: string;
      sport: string;
      type: string;
      title: string;
      durationMin: number;
      steps: unknown[];
    }[];
  }[];
};

describe('splits plan', () => {
  it('prints the documented JSON shape with the race on its date', async () => {
    const io = captureIo();
    const code = await main(
      [
        'plan',
        '--sport',
        'run',
        '--goal',
        'half-marathon',
        '--date',
        '2027-04-18',
        '--weekly-minutes',
        '240',
        '--days',
        'mon,wed,fri,sun',
        '--long-day',
        'sun',
        '--start',
        '2026-12-07',
        '--json',
      ],
      io,
    );
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(io.stdout) as JsonPlan;
    expect(plan.weeks[0]).toMatchObject({ start: '2026-12-07', phase: 'base' });
    const all = plan.weeks.flatMap((w) => w.workouts);
    const weekday = (date: string) =>
      ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${date}T00:00:00Z`).getUTCDay()];
    for (const w of all) {
      expect(Object.keys(w)).toEqual(
        expect.arrayContaining(['id', 'date', 'sport', 'type', 'title', 'durationMin', 'steps']),
      );
      if (w.type !== 'race') expect(['mon', 'wed', 'fri', 'sun']).toContain(weekday(w.date));
    }
    expect(all.filter((w) => w.type === 'race').map((w) => w.date)).toEqual(['2027-04-18']);
    for (const week of plan.weeks) {
      expect(week.plannedMinutes).toBe(week.workouts.reduce((s, w) => s + w.durationMin, 0));
    }
  });

  it('keeps each day within --minutes and gives rowing steps split targets from --best-2k', async () => {
    const io = captureIo();
    const code = await main(
      [
        'plan',
        '--sport',
        'row',
        '--goal',
        '2k',
        '--date',
        '2027-03-06',
        '--weekly-minutes',
        '180',
        '--minutes',
        'mon=45,wed=60,sat=90',
        '--best-2k',
        '7:45',
        '--start',
        '2026-12-07',
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const plan = JSON.parse(io.stdout) as JsonPlan;
    const limits: Record<number, number> = { 1: 45, 3: 60, 6: 90 };
    for (const w of plan.weeks.flatMap((x) => x.workouts).filter((x) => x.type !== 'race')) {
      expect(w.durationMin).toBeLessThanOrEqual(
        limits[new Date(`${w.date}T00:00:00Z`).getUTCDay()]!,
      );
    }
    expect(io.stdout).toContain('"kind":"split"');
    expect(io.stdout).toContain('"kind":"strokeRate"');
  });

  it('fills heart-rate targets with bpm from --max-hr and --rest-hr (Karvonen)', async () => {
    const io = captureIo();
    const args = [
      'plan',
      '--sport',
      'run',
      '--goal',
      '10k',
      '--date',
      '2027-03-07',
      '--weekly-minutes',
      '200',
      '--days',
      'tue,thu,sun',
      '--start',
      '2026-12-07',
      '--max-hr',
      '190',
      '--rest-hr',
      '50',
      '--json',
    ];
    expect(await main(args, io)).toBe(0);
    expect(io.stdout).toContain('{"kind":"heartRateZone","zone":2,"minBpm":134,"maxBpm":148}');
  });

  it('takes current volume from --activities history when the last 4 weeks have some', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'splits-plan-history-'));
    for (const [i, day] of [10, 17, 24, 31].entries()) {
      const run = syntheticActivity({
        durationS: 3600,
        start: new Date(Date.UTC(2026, 10, day, 12)),
      });
      await writeFile(join(dir, `run-${i}.gpx`), writeGpx(run));
    }
    const io = captureIo();
    const args = [
      'plan',
      '--sport',
      'run',
      '--goal',
      '10k',
      '--date',
      '2027-03-07',
      '--weekly-minutes',
      '300',
      '--days',
      'tue,thu,sun',
      '--start',
      '2026-12-07',
      '--activities',
      dir,
    ];
    expect(await main([...args, '--json'], io)).toBe(0);
    const plan = JSON.parse(io.stdout) as { assumptions: { field: string; value: unknown }[] };
    expect(plan.assumptions[0]).toMatchObject({ field: 'currentWeeklyMin', value: 60 });
  }, 60_000);

  it('refuses without current volume, naming --weekly-minutes, rather than assume none', async () => {
    const io = captureIo();
    const args = ['plan', '--sport', 'run', '--goal', 'marathon', '--date', '2027-04-18'];
    expect(await main([...args, '--days', 'tue,thu,sun', '--start', '2026-12-07'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/--weekly-minutes/);
  });

  it('refuses an unrealistic goal with what would work, and warns about a stretch on stderr', async () => {
    const base = ['plan', '--sport', 'run', '--days', 'mon,wed,fri,sun', '--start', '2026-12-07'];
    const refused = captureIo();
    const marathon = ['--goal', 'marathon', '--date', '2027-01-03', '--weekly-minutes', '100'];
    expect(await main([...base, ...marathon], refused)).toBe(2);
    expect(refused.stderr).toMatch(/not realistic yet.*What would work: a race on or after/);
    const stretch = captureIo();
    const half = ['--goal', 'half-marathon', '--date', '2027-02-07', '--weekly-minutes', '120'];
    expect(await main([...base, ...half, '--json'], stretch)).toBe(0);
    expect(stretch.stderr).toMatch(/^warning: half marathon is a stretch/);
    const plan = JSON.parse(stretch.stdout) as {
      warnings: string[];
      assumptions: { field: string }[];
    };
    expect(plan.warnings).toHaveLength(1);
    expect(plan.assumptions.map((a) => a.field)).toEqual([
      'experience',
      'currentLongMin',
      'best',
      'heartRateZones',
    ]);
  });

  it('rejects a goal from the other sport with one line and nothing on stdout', async () => {
    const io = captureIo();
    const code = await main(
      [
        'plan',
        '--sport',
        'row',
        '--goal',
        'marathon',
        '--date',
        '2027-04-18',
        '--days',
        'mon',
        '--start',
        '2026-12-07',
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(/goal/);
  });

  it('rejects a malformed --minutes entry', async () => {
    const io = captureIo();
    expect(
      await main(
        ['plan', '--sport', 'run', '--goal', '5k', '--date', '2027-01-10', '--minutes', 'mon:45'],
        io,
      ),
    ).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/wed=60/);
  });
});
