import { parseFlags } from '../flags.ts';
import { adaptPlan, type Adaptation, type RaceResult } from '../../engine/plan/adapt-plan.ts';
import { addDays, isIsoDate } from '../../engine/plan/calendar-date.ts';
import type { JournalEntry } from '../../engine/readiness/journal.ts';
import { readiness } from '../../engine/readiness/readiness-score.ts';
import { recentLoad } from '../../engine/readiness/recent-load.ts';
import { athleteFromFlags, athleteOptions } from '../athlete-flags.ts';
import { parseClock } from '../clock.ts';
import { UsageError, type CliIo } from '../io.ts';
import { readPlanFile } from '../plan-file.ts';
import { seedFromFlags, seedOptions } from '../seed-flags.ts';
import { readHistory, type HistoryItem } from './activity-history.ts';
import { readJournal } from './journal-file.ts';

/**
 * `splits adapt PLAN.json --journal F [--activities DIR] [--today DATE] [--result 10k=41:30]`:
 * the changes adaptation proposes for the coming days, each with its reason, from the journal's
 * readiness (today and the days before), the load ratio and what was done.
 */
function commandFlags(argv: string[]) {
  return parseFlags(
    argv,
    {
      journal: { type: 'string' },
      activities: { type: 'string' },
      today: { type: 'string' },
      result: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      ...athleteOptions,
      ...seedOptions,
    },
    { positionals: true },
  );
}

const NAMED_M: Record<string, number> = {
  '5k': 5000,
  '10k': 10000,
  half: 21097.5,
  marathon: 42195,
  '2k': 2000,
  '6k': 6000,
};

/** "10k=41:30" or "5000=18:40@2027-02-06": a result, on `today` unless dated. */
function parseResult(text: string, today: string): RaceResult {
  const match = /^([^=]+)=([^@]+)(?:@(.+))?$/.exec(text.trim());
  const distanceM = match ? (NAMED_M[match[1]!.toLowerCase()] ?? Number(match[1])) : NaN;
  if (!match || !(distanceM > 0))
    throw new UsageError(`--result "${text}" should look like 10k=41:30 or 5000=18:40@2027-02-06.`);
  const date = match[3] ?? today;
  if (!isIsoDate(date))
    throw new UsageError(`--result date "${date}" is not a date like 2027-02-06.`);
  return { date, distanceM, timeS: parseClock(match[2]!, '--result') };
}

function dayLoads(entries: JournalEntry[], history: HistoryItem[]) {
  const files = history
    .filter((a) => a.load !== null)
    .map((a) => ({ date: a.date, load: a.load! }));
  const fileDays = new Set(files.map((a) => a.date));
  const logged = entries
    .filter((e) => e.trainingLoad != null && !fileDays.has(e.date))
    .map((e) => ({ date: e.date, load: e.trainingLoad! }));
  return [...files, ...logged];
}

function adaptationText(a: Adaptation): string {
  const lines = [...a.notes];
  if (a.changes.length === 0)
    lines.push('No changes needed: the coming days fit how you are doing.');
  for (const c of a.changes)
    lines.push(
      `- ${c.before.date} ${c.before.title} → ${c.after.date} ${c.after.title}: ${c.reason}`,
    );
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandFlags(argv);
  if (positionals.length !== 1 || !values.journal)
    throw new UsageError(
      'give the plan and the journal: adapt PLAN.json --journal FILE [--activities DIR].',
    );
  if (values.today !== undefined && !isIsoDate(values.today))
    throw new UsageError(`--today "${values.today}" is not a date like 2027-04-18.`);
  const plan = await readPlanFile(positionals[0]!);
  const { entries } = await readJournal(values.journal);
  const today =
    values.today ??
    entries
      .map((e) => e.date)
      .sort()
      .at(-1);
  if (!today) throw new UsageError(`journal "${values.journal}" has no entries yet; give --today.`);
  const results = (values.result ?? []).map((r) => parseResult(r, today));
  const history = values.activities
    ? await readHistory(values.activities, athleteFromFlags(values), io)
    : [];
  const loads = dayLoads(entries, history);
  const seed = seedFromFlags(values);
  const readinessOn = (date: string) => readiness(entries, date, recentLoad(loads, date, seed));
  const now = readinessOn(today);
  const adaptation = adaptPlan({
    workouts: plan.workouts,
    done: history,
    today,
    readiness: { score: now.score, advice: now.advice },
    readinessHistory: [1, 2, 3, 4, 5, 6].map((d) => {
      const r = readinessOn(addDays(today, -d));
      return { date: r.date, score: r.score, advice: r.advice };
    }),
    acwr: recentLoad(loads, today, seed)?.acwr ?? null,
    results,
    paceBasis: plan.paceBasis,
    weekStart: plan.weekStart,
  });
  const out = { today, readiness: { score: now.score, advice: now.advice }, ...adaptation };
  io.out(values.json ? `${JSON.stringify(out)}\n` : adaptationText(adaptation));
  return 0;
}
