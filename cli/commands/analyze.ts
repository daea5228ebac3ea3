import { parseFlags } from '../flags.ts';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeActivity } from '../../engine/analysis/analyze-activity.ts';
import { importActivity } from '../../engine/formats/import-activity.ts';
import { activityJson } from '../activity-json.ts';
import { activityText } from '../activity-text.ts';
import { toMeasuredJson } from '../json-numbers.ts';
import { athleteFromFlags, athleteOptions, givenAthleteFields } from '../athlete-flags.ts';
import { loadAssumptions } from '../../engine/fitness/load-assumptions.ts';
import { trainingSport } from '../../engine/activity/sport.ts';
import { readActivityFile } from '../read-activity-file.ts';
import { UsageError, type CliIo } from '../io.ts';

/**
 * One activity prints as one object (or one summary); a multisport file prints its legs in
 * order, as `{ groupId, legs: [...] }` in JSON and one block per leg in text.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { json: { type: 'boolean' }, ...athleteOptions },
    { positionals: true },
  );
  if (positionals.length !== 1)
    throw new UsageError('give exactly one activity file: analyze FILE [--json].');
  const athlete = athleteFromFlags(values);
  const path = positionals[0]!;
  const bytes = await readActivityFile(path, readFile);
  const result = importActivity(bytes, { fileName: basename(path), nowMs: Date.now() });
  if (!result.ok) throw new Error(result.error.message);
  const analyzed = result.activities.map((activity) => ({
    activity,
    summary: analyzeActivity(activity, athlete),
  }));
  const uses = analyzed.map(({ summary }) => ({
    method: summary.load.method,
    sport: trainingSport(summary.sport),
  }));
  const assumptions = loadAssumptions(athlete, givenAthleteFields(values), uses);
  const group = result.activities[0]?.multisport ?? null;
  if (values.json) {
    const objects = analyzed.map(({ activity, summary }) => activityJson(summary, activity));
    const json =
      objects.length === 1
        ? { ...objects[0], assumptions }
        : { groupId: group?.groupId, legs: objects, assumptions };
    io.out(`${toMeasuredJson(json)}\n`);
  } else {
    io.out(
      analyzed.map(({ activity, summary }) => activityText(summary, activity)).join('\n') +
        assumptions.map((a) => `- ${a.text}\n`).join(''),
    );
  }
  return 0;
}
