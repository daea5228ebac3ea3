import { parseFlags } from '../flags.ts';
import { loadAssumptions } from '../../engine/fitness/load-assumptions.ts';
import { isIsoDate } from '../../engine/plan/calendar-date.ts';
import type { JournalEntry } from '../../engine/readiness/journal.ts';
import { readiness } from '../../engine/readiness/readiness-score.ts';
import { recentLoad } from '../../engine/readiness/recent-load.ts';
import { athleteFromFlags, athleteOptions, givenAthleteFields } from '../athlete-flags.ts';
import { seedFromFlags, seedOptions } from '../seed-flags.ts';
import { UsageError, type CliIo } from '../io.ts';
import { readHistory, type HistoryItem } from './activity-history.ts';
import { readJournal } from './journal-file.ts';

/**
 * Each day's load: from activity files, and the journal's logged load on days without a file.
 */
function dayLoads(entries: JournalEntry[], history: HistoryItem[]) {
  const fromFiles = history
    .filter((a) => a.load !== null)
    .map((a) => ({ date: a.date, load: a.load! }));
  const fileDays = new Set(fromFiles.map((a) => a.date));
  const fromJournal = entries
    .filter((e) => e.trainingLoad != null && !fileDays.has(e.date))
    .map((e) => ({ date: e.date, load: e.trainingLoad! }));
  return [...fromFiles, ...fromJournal];
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const values = parseFlags(argv, {
    journal: { type: 'string' },
    activities: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    ...athleteOptions,
    ...seedOptions,
  }).values;
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
  const athlete = athleteFromFlags(values);
  const seed = seedFromFlags(values);
  const history = values.activities ? await readHistory(values.activities, athlete, io) : [];
  const result = readiness(entries, today, recentLoad(dayLoads(entries, history), today, seed));
  const assumptions = loadAssumptions(
    athlete,
    givenAthleteFields(values),
    history.filter((a) => a.date <= today).map((a) => ({ method: a.loadMethod, sport: a.sport })),
  );
  if (values.json) {
    io.out(`${JSON.stringify({ ...result, assumptions })}\n`);
    return 0;
  }
  const systems = result.systems
    .map((s) => `${s.name} ${s.score === null ? '—' : s.score}`)
    .join(' · ');
  const head =
    result.score === null
      ? `Readiness for ${today}: not enough logged yet`
      : `Readiness for ${today}: ${result.score}/100 (${result.confidence} confidence)`;
  const lines = [...result.reasons, ...assumptions.map((a) => a.text)].map((r) => `- ${r}`);
  io.out(`${head}\n${systems}\n${lines.join('\n')}\n`);
  return 0;
}
