// Regenerates the example-plan table in docs/PLANS.md from the plan generator itself:
//   npx tsx scripts/plan-table.ts          rewrite the table between its markers
//   npx tsx scripts/plan-table.ts --check  exit 1 when the table in the doc is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { generatePlan, type TrainingPlan } from '../engine/plan/generate-plan.ts';
import { EXAMPLE_PLANS } from './example-plans.ts';

export const DOC = fileURLToPath(new URL('../docs/PLANS.md', import.meta.url));
const START = '<!-- plan-table:start (scripts/plan-table.ts writes this table) -->';
const END = '<!-- plan-table:end -->';

const training = (ws: TrainingPlan['weeks'][number]['workouts']) =>
  ws.filter((w) => w.type !== 'race');

function row(athlete: string, plan: TrainingPlan): string {
  const minutes = plan.weeks.map((w) =>
    training(w.workouts).reduce((s, x) => s + x.durationMin, 0),
  );
  const all = plan.weeks.flatMap((w) => w.workouts);
  const long = Math.max(0, ...all.filter((w) => w.type === 'long').map((w) => w.durationMin));
  const peak =
    [...plan.weeks].reverse().find((w) => w.phase === 'peak' && !w.lighter) ?? plan.weeks.at(-1)!;
  const key = peak.workouts
    .filter((w) => w.key && w.type !== 'long' && w.type !== 'race')
    .map((w) => w.title.replace(/ · /, ' '));
  return `| ${athlete} | ${plan.weeks.length} | ${minutes.join(' ')} | ${long} | ${key.join('; ') || '—'} | ${plan.feasibility.status} |`;
}

export function planTable(): string {
  const lines = [
    '| Athlete | Weeks | Training minutes, week by week | Longest session (min) | Key sessions in the last full peak week | Feasibility |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { athlete, request } of EXAMPLE_PLANS) {
    const result = generatePlan(request);
    lines.push(
      result.ok
        ? row(athlete, result.plan)
        : `| ${athlete} | — | refused: ${result.error.message.replace(/\|/g, '/')} | — | — | ${result.error.feasibility?.status ?? result.error.type} |`,
    );
  }
  return lines.join('\n');
}

/** The doc with the table between its markers replaced, formatted as the repository's Prettier would. */
export async function withTable(doc: string, table: string): Promise<string> {
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/PLANS.md has no ${START} … ${END} markers.`);
  const next = `${doc.slice(0, from + START.length)}\n\n${table}\n\n${doc.slice(to)}`;
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  return prettier.format(next, { ...options, filepath: DOC });
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const doc = readFileSync(DOC, 'utf8');
  const next = await withTable(doc, planTable());
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error(
        'docs/PLANS.md: the example-plan table is out of date; run npx tsx scripts/plan-table.ts',
      );
      process.exitCode = 1;
    }
  } else writeFileSync(DOC, next);
}
