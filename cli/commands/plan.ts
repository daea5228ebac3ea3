import { resolveAthlete } from '../../engine/activity/athlete.ts';
import type { Assumption } from '../../engine/fitness/assumption.ts';
import { weekdayOf } from '../../engine/plan/calendar-date.ts';
import { currentWeeklyMinutes } from '../../engine/plan/current-volume.ts';
import { generatePlan, type TrainingPlan } from '../../engine/plan/generate-plan.ts';
import { GOAL_IDS } from '../../engine/plan/goals.ts';
import { UsageError, type CliIo } from '../io.ts';
import { readHistory } from './activity-history.ts';
import {
  asWeekday,
  availability,
  bestFrom,
  cliAssumptions,
  minutesFlag,
  nextMonday,
  parsePlanFlags,
  zonesFrom,
  type PlanFlags,
} from './plan-flags.ts';

/**
 * What the athlete trains now: from the last 4 weeks of --activities when they hold some, else
 * --weekly-minutes. With neither the command refuses rather than assume nothing is done.
 */
async function currentVolume(
  values: PlanFlags,
  startDate: string,
  io: CliIo,
): Promise<{ minutes: number; assumption: Assumption | null }> {
  const fromHistory = values.activities
    ? currentWeeklyMinutes(
        await readHistory(values.activities, resolveAthlete(), io),
        values.sport === 'row' ? 'row' : 'run',
        startDate,
      )
    : null;
  if (fromHistory !== null)
    return {
      minutes: fromHistory,
      assumption: {
        field: 'currentWeeklyMin',
        value: fromHistory,
        text: `You train about ${fromHistory} minutes a week: the mean of the 4 weeks before ${startDate} in your activities.`,
      },
    };
  const given = minutesFlag(values['weekly-minutes'], '--weekly-minutes');
  if (given === null)
    throw new UsageError(
      'say what you train now with --weekly-minutes (e.g. --weekly-minutes 120), or give --activities DIR with the last 4 weeks.',
    );
  return { minutes: given, assumption: null };
}

/** Sport and goal first, from the engine's one list of goals, before any file is read. */
function checkGoal(sport: string | undefined, goal: string | undefined): void {
  if (sport !== 'run' && sport !== 'row') throw new UsageError('--sport must be run or row.');
  const goals: readonly string[] = GOAL_IDS[sport];
  if (goal === undefined || !goals.includes(goal))
    throw new UsageError(`--goal for ${sport} is one of ${goals.join(', ')}.`);
}

function planText(plan: TrainingPlan): string {
  const lines = [...plan.notes];
  if (plan.assumptions.length)
    lines.push('', 'Assumed:', ...plan.assumptions.map((a) => `- ${a.text}`));
  lines.push('');
  for (const week of plan.weeks) {
    lines.push(
      `Week of ${week.start} · ${week.phase}${week.lighter ? ' (lighter)' : ''} · ${week.plannedMinutes} min`,
    );
    for (const w of week.workouts) lines.push(`  ${w.date} ${weekdayOf(w.date)}  ${w.title}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const values = parsePlanFlags(argv);
  const startDate = values.start ?? nextMonday(new Date().toISOString().slice(0, 10));
  checkGoal(values.sport, values.goal);
  const days = availability(values.days, values.minutes);
  const volume = await currentVolume(values, startDate, io);
  const request = {
    sport: values.sport,
    goal: values.goal,
    raceDate: values.goal === 'general-fitness' ? null : (values.date ?? null),
    startDate,
    currentWeeklyMin: volume.minutes,
    currentLongMin: minutesFlag(values['long-minutes'], '--long-minutes'),
    days,
    longDay: values['long-day'] ? asWeekday(values['long-day']) : null,
    experience: values.experience ?? 'intermediate',
    best: bestFrom(values),
    heartRateZones: zonesFrom(values['max-hr'], values['rest-hr']),
  };
  const result = generatePlan(request);
  if (!result.ok) throw new UsageError(result.error.message);
  const plan: TrainingPlan = {
    ...result.plan,
    assumptions: [
      ...(volume.assumption ? [volume.assumption] : []),
      ...cliAssumptions(values, startDate),
      ...result.plan.assumptions,
    ],
  };
  for (const warning of plan.warnings) io.err(`warning: ${warning}\n`);
  io.out(values.json ? `${JSON.stringify(plan)}\n` : planText(plan));
  return 0;
}
