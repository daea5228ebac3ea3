import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticActivity } from '../../engine/formats/test-support/synthetic-activity.ts';
import { writeFit } from '../../engine/formats/test-support/write-fit.ts';
import { writeGpx } from '../../engine/formats/test-support/write-gpx.ts';
import { main } from '../main.ts';
import { localDate } from '../../engine/activity/local-date.ts';
import { systemTimeZone } from '../system-time-zone.ts';
import { captureIo } from '../test-support/capture-io.ts';

type PmcJson = {
  days: Array<{
    date: string;
    load: number;
    ctl: number;
    atl: number;
    tsb: number;
    acwr: number | null;
  }>;
};

let dir = '';
const starts = [
  '2026-03-01T12:00:00Z',
  '2026-03-04T12:00:00Z',
  '2026-03-04T16:00:00Z',
  '2026-03-08T12:00:00Z',
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'splits-pmc-'));
  await mkdir(join(dir, '2026', 'march'), { recursive: true });
  await writeFile(
    join(dir, 'a.fit'),
    writeFit(syntheticActivity({ durationS: 1800, start: new Date(starts[0]!) })),
  );
  await writeFile(
    join(dir, '2026', 'b.gpx'),
    writeGpx(syntheticActivity({ durationS: 1200, start: new Date(starts[1]!) })),
  );
  await writeFile(
    join(dir, '2026', 'march', 'c.fit'),
    writeFit(syntheticActivity({ sport: 'rowing', durationS: 1200, start: new Date(starts[2]!) })),
  );
  await writeFile(
    join(dir, '2026', 'march', 'd.FIT'),
    writeFit(syntheticActivity({ durationS: 900, start: new Date(starts[3]!) })),
  );
  await writeFile(
    join(dir, 'broken.fit'),
    writeFit(syntheticActivity({ durationS: 600 })).subarray(0, 10),
  );
  await writeFile(join(dir, 'readme.txt'), 'not an activity');
});

describe('splits pmc', () => {
  it('prints every day from the first activity to the last, skipping broken files with a reason', async () => {
    const io = captureIo();
    expect(await main(['pmc', dir, '--json'], io)).toBe(0);
    const { days } = JSON.parse(io.stdout) as PmcJson;
    expect(days[0]!.date).toBe(localDate(starts[0]!, systemTimeZone()));
    expect(days[days.length - 1]!.date).toBe(localDate(starts[3]!, systemTimeZone()));
    expect(days).toHaveLength(8);
    expect(days.filter((d) => d.load > 0)).toHaveLength(3);
    expect(days[0]!.tsb).toBe(0);
    expect(days[1]!.tsb).toBeCloseTo(days[0]!.ctl - days[0]!.atl, 1);
    expect(days[1]!.ctl).toBeLessThan(days[0]!.ctl);
    expect(io.stderr).toMatch(/skipped broken\.fit: .*ends early/);
    expect(io.stderr).not.toMatch(/readme/);
    expect(io.stderr).not.toMatch(/\[#/);
  });

  it('the two activities on one day add up', async () => {
    const io = captureIo();
    await main(['pmc', dir, '--json'], io);
    const { days } = JSON.parse(io.stdout) as PmcJson;
    const single = captureIo();
    await main(['analyze', join(dir, '2026', 'b.gpx'), '--json'], single);
    const gpxLoad = (JSON.parse(single.stdout) as { load: { value: number } }).load.value;
    const fourth = days.find((d) => d.date === localDate(starts[1]!, systemTimeZone()))!;
    expect(fourth.load).toBeGreaterThan(gpxLoad + 1);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const io = captureIo(true);
    expect(await main(['pmc', dir, '--json'], io)).toBe(0);
    expect(io.stderr).toMatch(/\[#+\] 5\/5 files/);
    expect(() => JSON.parse(io.stdout) as unknown).not.toThrow();
  });

  it('groups days in the zone --tz names: two runs are one day in Los Angeles, two in Tokyo', async () => {
    const zoned = await mkdtemp(join(tmpdir(), 'splits-pmc-tz-'));
    const runAt = (iso: string) =>
      writeFit(syntheticActivity({ durationS: 1200, start: new Date(iso) }));
    await writeFile(join(zoned, 'morning.fit'), runAt('2026-03-01T10:00:00Z'));
    await writeFile(join(zoned, 'late.fit'), runAt('2026-03-01T22:30:00Z'));
    const daysIn = async (tz: string) => {
      const io = captureIo();
      expect(await main(['pmc', zoned, '--json', '--tz', tz], io)).toBe(0);
      return (JSON.parse(io.stdout) as PmcJson).days;
    };
    const losAngeles = await daysIn('America/Los_Angeles');
    const tokyo = await daysIn('Asia/Tokyo');
    expect(losAngeles.map((d) => d.date)).toEqual(['2026-03-01']);
    expect(tokyo.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02']);
    expect(tokyo[0]!.load).toBeGreaterThan(0);
    expect(tokyo[1]!.load).toBeGreaterThan(0);
    expect(losAngeles[0]!.load).toBeCloseTo(tokyo[0]!.load + tokyo[1]!.load, 0);
    const text = captureIo();
    expect(await main(['pmc', zoned, '--tz', 'Asia/Tokyo'], text)).toBe(0);
    expect(text.stdout).toMatch(/over 2 days \(calendar days in Asia\/Tokyo\)/);
  });

  it('starts from --ctl and --atl, and says a short unseeded history is not yet meaningful', async () => {
    const plain = captureIo();
    expect(await main(['pmc', dir, '--json'], plain)).toBe(0);
    const unseeded = JSON.parse(plain.stdout) as PmcJson & {
      seed: null;
      form: { meaningful: boolean; note: string };
    };
    expect(unseeded.seed).toBeNull();
    expect(unseeded.form).toMatchObject({ meaningful: false, historyDays: 8 });
    expect(unseeded.form.note).toMatch(/not fatigue/);
    const io = captureIo();
    expect(await main(['pmc', dir, '--json', '--ctl', '40', '--atl', '35'], io)).toBe(0);
    const seeded = JSON.parse(io.stdout) as PmcJson & { form: { meaningful: boolean } };
    expect(seeded.days[0]!.tsb).toBe(5);
    expect(seeded.days[0]!.ctl).toBeGreaterThan(unseeded.days[0]!.ctl + 30);
    expect(seeded.form.meaningful).toBe(true);
    const bad = captureIo();
    expect(await main(['pmc', dir, '--ctl', 'lots'], bad)).toBe(2);
    expect(bad.stderr).toMatch(/--ctl must be a number/);
  });

  it('lists the athlete defaults behind the loads, and drops the one a flag gives', async () => {
    const io = captureIo();
    expect(await main(['pmc', dir, '--json'], io)).toBe(0);
    const fields = (JSON.parse(io.stdout) as { assumptions: { field: string }[] }).assumptions.map(
      (a) => a.field,
    );
    expect(fields).toContain('thresholdPaceSPerKm');
    const own = captureIo();
    expect(await main(['pmc', dir, '--json', '--threshold-pace', '4:10'], own)).toBe(0);
    const ownFields = (JSON.parse(own.stdout) as { assumptions: { field: string }[] }).assumptions;
    expect(ownFields.map((a) => a.field)).not.toContain('thresholdPaceSPerKm');
    const text = captureIo();
    expect(await main(['pmc', dir], text)).toBe(0);
    expect(text.stdout).toMatch(/- Running load is scored against a threshold pace of 5:00 \/km/);
  });

  it('an unknown --tz is one line on stderr naming the flag, nothing on stdout', async () => {
    const io = captureIo();
    expect(await main(['pmc', dir, '--json', '--tz', 'Europe/Atlantis'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/--tz "Europe\/Atlantis"/);
  });

  it('a missing folder or a folder without activities is one line on stderr, nothing on stdout', async () => {
    for (const target of [join(dir, 'nope'), join(dir, 'readme.txt')]) {
      const io = captureIo();
      expect(await main(['pmc', target, '--json'], io)).toBe(2);
      expect(io.stdout).toBe('');
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
