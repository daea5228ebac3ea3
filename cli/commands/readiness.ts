import { parseArgs } from 'node:util';
import { dailyLoads } from '../../engine/fitness/daily-loads.ts';
import { computePmc, pmcDay } from '../../engine/fitness/pmc.ts';
import { isIsoDate } from '../../engine/plan/calendar-date.ts';
import type { JournalEntry } from '../../engine/readiness/journal.ts';
import { readiness, type RecentLoad } from '../../engine/readiness/readiness-score.ts';
import { athleteFromFlags, athleteOptions } from '../athlete-flags.ts';
import { UsageError, type CliIo } from '../io.ts';
import { readHistory, type HistoryItem } from './activity-history.ts';
import { readJournal } from './journal-file.ts';

/**
 * Form and load ratio on `today` from activity loads, and the journal's logged loads on days
 * without an activity file, when there are any.
 */
function recentLoad(
  entries: JournalEntry[],
  history: HistoryItem[],
  today: string,
): RecentLoad | null {
  const fromFiles = history
    .filter((a) => a.load !== null && a.date <= today)
    .map((a) => ({ date: a.date, load: a.load! }));
  const fileDays = new Set(fromFiles.map((a) => a.date));
  const fromJournal = entries
    .filter((e) => e.trainingLoad != null && e.date <= today && !fileDays.has(e.date))
    .map((e) => ({ date: e.date, load: e.trainingLoad! }));
  const logged = [...fromFiles, ...fromJournal];
  const daily = dailyLoads([...logged, { date: today, load: 0 }]);
  if (logged.length === 0 || !daily) return null;
  const day = pmcDay(computePmc(daily.startDate, daily.loads), daily.loads.length - 1);
  return { tsb: day.tsb, acwr: day.acwr };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        journal: { type: 'string' },
        activities: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
        ...athleteOptions,
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad flags');
  }
  if (!values.journal)
    throw new UsageError('give the journal file: readiness --journal FILE.json.');
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(`--date "${values.date}" is not a date like 2027-04-18.`);
  }
  const { entries } = await readJournal(values.journal);
  const today =
    values.date ??
    entries
      .map((e) => e.date)
      .sort()
      .at(-1);
  if (!today) throw new UsageError(`journal "${values.journal}" has no entries yet.`);
  const history = values.activities
    ? await readHistory(values.activities, athleteFromFlags(values), io)
    : [];
  const result = readiness(entries, today, recentLoad(entries, history, today));
  if (values.json) {
    io.out(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const systems = result.systems
    .map((s) => `${s.name} ${s.score === null ? '—' : s.score}`)
    .join(' · ');
  const head =
    result.score === null
      ? `Readiness for ${today}: not enough logged yet`
      : `Readiness for ${today}: ${result.score}/100 (${result.confidence} confidence)`;
  io.out(`${head}\n${systems}\n${result.reasons.map((r) => `- ${r}`).join('\n')}\n`);
  return 0;
}
