import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeActivity } from '../../engine/analysis/analyze-activity.ts';
import { importActivity } from '../../engine/formats/import-activity.ts';
import { activityJson } from '../activity-json.ts';
import { activityText } from '../activity-text.ts';
import { toMeasuredJson } from '../json-numbers.ts';
import { athleteFromFlags, athleteOptions, givenAthleteFields } from '../athlete-flags.ts';
import { loadAssumptions } from '../../engine/fitness/load-assumptions.ts';
import { sportFamily } from './activity-history.ts';
import { readActivityFile } from '../read-activity-file.ts';
import { UsageError, type CliIo } from '../io.ts';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, ...athleteOptions },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1)
    throw new UsageError('give exactly one activity file: analyze FILE [--json].');
  const athlete = athleteFromFlags(values);
  const path = positionals[0]!;
  const bytes = await readActivityFile(path, readFile);
  const result = importActivity(bytes, basename(path));
  if (!result.ok) throw new Error(result.error.message);
  const summary = analyzeActivity(result.activity, athlete);
  const use = { method: summary.load.method, sport: sportFamily(summary.sport) };
  const assumptions = loadAssumptions(athlete, givenAthleteFields(values), [use]);
  if (values.json) io.out(`${toMeasuredJson({ ...activityJson(summary), assumptions })}\n`);
  else io.out(activityText(summary) + assumptions.map((a) => `- ${a.text}\n`).join(''));
  return 0;
}
