import { parseFlags } from '../flags.ts';
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { analyzeActivity } from '../../engine/analysis/analyze-activity.ts';
import { dailyLoads } from '../../engine/fitness/daily-loads.ts';
import { computePmc, pmcDays, type PmcDay } from '../../engine/fitness/pmc.ts';
import { importActivity } from '../../engine/formats/import-activity.ts';
import { findActivityFiles } from '../activity-files.ts';
import { athleteFromFlags, athleteOptions, givenAthleteFields } from '../athlete-flags.ts';
import { seedFromFlags, seedOptions } from '../seed-flags.ts';
import { formMeaning } from '../../engine/fitness/fitness-seed.ts';
import { loadAssumptions, type LoadUse } from '../../engine/fitness/load-assumptions.ts';
import { trainingSport } from '../../engine/activity/sport.ts';
import { UsageError, type CliIo } from '../io.ts';
import { localDate } from '../../engine/activity/local-date.ts';
import { timeZoneFromFlag } from '../time-zone-flag.ts';
import { progressBar } from '../progress-bar.ts';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function dayText(day: PmcDay): string {
  const acwr = day.acwr === null ? '   —' : day.acwr.toFixed(2).padStart(4);
  return `${day.date}  load ${String(Math.round(day.load)).padStart(4)}  fitness ${day.ctl.toFixed(1).padStart(5)}  fatigue ${day.atl.toFixed(1).padStart(5)}  form ${day.tsb.toFixed(1).padStart(6)}  ACWR ${acwr}`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      json: { type: 'boolean' },
      tz: { type: 'string' },
      ...athleteOptions,
      ...seedOptions,
    },
    { positionals: true },
  );
  if (positionals.length !== 1)
    throw new UsageError(
      'give exactly one folder: pmc DIR [--json] [--tz ZONE] [--ctl N --atl N].',
    );
  const athlete = athleteFromFlags(values);
  const seed = seedFromFlags(values);
  // An activity counts on the athlete's calendar day: in their zone, not necessarily the machine's.
  const timeZone = timeZoneFromFlag(values.tz);
  const dir = positionals[0]!;
  const files = await findActivityFiles(dir);
  if (files.length === 0) throw new UsageError(`no FIT, GPX or TCX files under "${dir}".`);

  const entries: Array<{ date: string; load: number }> = [];
  const uses: LoadUse[] = [];
  const failures: string[] = [];
  const progress = progressBar(io, files.length);
  for (const [index, file] of files.entries()) {
    const result = importActivity(await readFile(file), {
      fileName: basename(file),
      nowMs: Date.now(),
    });
    if (result.ok) {
      for (const activity of result.activities) {
        const summary = analyzeActivity(activity, athlete);
        entries.push({
          date: localDate(summary.startTime, timeZone),
          load: summary.load.value ?? 0,
        });
        uses.push({ method: summary.load.method, sport: trainingSport(summary.sport) });
      }
    } else {
      failures.push(`skipped ${relative(dir, file)}: ${result.error.message}`);
    }
    progress.tick(index + 1);
  }
  progress.end();
  for (const line of failures) io.err(`${line}\n`);

  const daily = dailyLoads(entries);
  if (!daily)
    throw new Error(
      `none of the ${files.length} files under "${dir}" could be read as an activity.`,
    );
  const days = pmcDays(
    computePmc(daily.startDate, daily.loads, { seedCtl: seed?.ctl ?? 0, seedAtl: seed?.atl ?? 0 }),
  );
  const form = formMeaning(days.length, seed !== null);
  const assumptions = loadAssumptions(athlete, givenAthleteFields(values), uses);
  if (values.json) {
    const rounded = days.map((d) => ({
      date: d.date,
      load: round(d.load, 1),
      ctl: round(d.ctl, 2),
      atl: round(d.atl, 2),
      tsb: round(d.tsb, 2),
      acwr: d.acwr === null ? null : round(d.acwr, 3),
    }));
    io.out(`${JSON.stringify({ days: rounded, seed, form, assumptions })}\n`);
  } else {
    io.out(`${days.map(dayText).join('\n')}\n`);
    io.out(
      `${entries.length} activities over ${days.length} days (calendar days in ${timeZone}); form is yesterday's fitness minus fatigue${seed ? `, starting from fitness ${seed.ctl} and fatigue ${seed.atl}` : ''}.\n`,
    );
    const notes = [...(form.note ? [form.note] : []), ...assumptions.map((a) => a.text)];
    if (notes.length) io.out(`${notes.map((n) => `- ${n}`).join('\n')}\n`);
  }
  return 0;
}
