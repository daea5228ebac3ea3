import { parseFlags } from '../flags.ts';
import { whatsWorking, type Finding } from '../../engine/insights/whats-working.ts';
import { athleteFromFlags, athleteOptions, givenAthleteFields } from '../athlete-flags.ts';
import { loadAssumptions } from '../../engine/fitness/load-assumptions.ts';
import { UsageError, type CliIo } from '../io.ts';
import { readHistory } from './activity-history.ts';
import { readJournal } from './journal-file.ts';

function commandFlags(argv: string[]) {
  return parseFlags(argv, {
    journal: { type: 'string' },
    activities: { type: 'string' },
    json: { type: 'boolean' },
    ...athleteOptions,
  }).values;
}

const findingLine = (f: Finding) =>
  `  - ${f.text} Worth about ${Math.round(f.nEffective)} independent sessions.`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const values = commandFlags(argv);
  if (!values.journal || !values.activities) {
    throw new UsageError('give both: insights --journal FILE.json --activities DIR.');
  }
  const athlete = athleteFromFlags(values);
  const journal = await readJournal(values.journal);
  const activities = await readHistory(values.activities, athlete, io);
  const insights = whatsWorking(journal.entries, activities);
  const assumptions = loadAssumptions(
    athlete,
    givenAthleteFields(values),
    activities.map((a) => ({ method: a.loadMethod, sport: a.sport })),
  );
  if (values.json) {
    io.out(`${JSON.stringify({ ...insights, assumptions })}\n`);
    return 0;
  }
  const lines = [
    `What's working (${insights.pairsTested} pairs tested, false discovery rate ${insights.fdr * 100} %)`,
  ];
  if (insights.notEnoughData) lines.push(insights.notEnoughData.message);
  else {
    lines.push(
      ...(insights.working.length
        ? insights.working.map(findingLine)
        : ['  - nothing clear yet; keep logging and it will show']),
    );
    lines.push(
      'Worth knowing',
      ...(insights.notWorking.length
        ? insights.notWorking.map(findingLine)
        : ['  - nothing stands out']),
    );
  }
  lines.push(`How: ${insights.method}`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
