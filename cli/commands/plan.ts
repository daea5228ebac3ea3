import { parseArgs } from 'node:util';
import { resolveAthlete } from '../../engine/activity/athlete.ts';
import { currentWeeklyMinutes } from '../../engine/plan/current-volume.ts';
import { generatePlan } from '../../engine/plan/generate-plan.ts';
import { heartRateBands } from '../../engine/plan/zone-bands.ts';
import { heartRateZonesFromReserve } from '../../engine/zones/heart-rate-zones.ts';
import { addDays, weekdayOf, WEEKDAYS, type Weekday } from '../../engine/plan/calendar-date.ts';
import { UsageError, type CliIo } from '../io.ts';
import { readHistory } from './activity-history.ts';
import { parseClock } from '../clock.ts';

const BEST_FLAGS: Record<string, number> = {
  'best-5k': 5000,
  'best-10k': 10000,
  'best-half': 21097.5,
  'best-marathon': 42195,
  'best-2k': 2000,
  'best-6k': 6000,
};

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        sport: { type: 'string' },
        goal: { type: 'string' },
        date: { type: 'string' },
        start: { type: 'string' },
        'weekly-minutes': { type: 'string' },
        days: { type: 'string' },
        minutes: { type: 'string' },
        'long-day': { type: 'string' },
        experience: { type: 'string' },
        activities: { type: 'string' },
        'max-hr': { type: 'string' },
        'rest-hr': { type: 'string' },
        json: { type: 'boolean' },
        ...Object.fromEntries(Object.keys(BEST_FLAGS).map((k) => [k, { type: 'string' as const }])),
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    );
  }
}

const asWeekday = (text: string): Weekday => {
  const day = text.trim().toLowerCase().slice(0, 3) as Weekday;
  if (!WEEKDAYS.includes(day)) throw new UsageError(`"${text}" is not a weekday like mon or sun.`);
  return day;
};

function availability(days: string | undefined, minutes: string | undefined) {
  if ((days === undefined) === (minutes === undefined)) {
    throw new UsageError(
      'give your training days with --days mon,wed,sun or --minutes mon=45,wed=60.',
    );
  }
  if (days !== undefined) return days.split(',').map((d) => ({ day: asWeekday(d), maxMin: null }));
  return (minutes ?? '').split(',').map((pair) => {
    const [day, value] = pair.split('=');
    const maxMin = Number(value);
    if (!day || !Number.isFinite(maxMin) || maxMin <= 0) {
      throw new UsageError(`--minutes entry "${pair}" should look like wed=60.`);
    }
    return { day: asWeekday(day), maxMin };
  });
}

/** Karvonen heart-rate bands when both --max-hr and --rest-hr are given; targets then carry bpm. */
function zonesFrom(maxText: string | undefined, restText: string | undefined) {
  if (maxText === undefined && restText === undefined) return null;
  const maxHr = Number(maxText);
  const restHr = Number(restText);
  if (!(maxHr > 0) || !(restHr > 0) || restHr >= maxHr) {
    throw new UsageError(
      'give both --max-hr and --rest-hr in bpm, rest below max (e.g. 190 and 50).',
    );
  }
  return heartRateBands(heartRateZonesFromReserve(restHr, maxHr), maxHr);
}

/** Next Monday from today: the CLI's default start, so plans begin on a fresh week. */
function nextMonday(): string {
  const today = new Date().toISOString().slice(0, 10);
  const offset = (7 - WEEKDAYS.indexOf(weekdayOf(today))) % 7;
  return addDays(today, offset);
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const values = parseFlags(argv);
  const startDate = values.start ?? nextMonday();
  const fromHistory = values.activities
    ? currentWeeklyMinutes(
        await readHistory(values.activities, resolveAthlete(), io),
        values.sport === 'row' ? 'row' : 'run',
        startDate,
      )
    : null;
  // History wins when it has the last 4 weeks; otherwise what the athlete says they train now.
  const weekly = fromHistory ?? Number(values['weekly-minutes'] ?? '0');
  if (!Number.isFinite(weekly) || weekly < 0)
    throw new UsageError('--weekly-minutes must be a number of minutes.');
  const bestFlag = Object.keys(BEST_FLAGS).find(
    (k) => values[k as keyof typeof values] !== undefined,
  );
  const bestText = bestFlag ? (values[bestFlag as keyof typeof values] as string) : undefined;
  const request = {
    sport: values.sport,
    goal: values.goal,
    raceDate: values.goal === 'general-fitness' ? null : (values.date ?? null),
    startDate,
    currentWeeklyMin: weekly,
    days: availability(values.days, values.minutes),
    longDay: values['long-day'] ? asWeekday(values['long-day']) : null,
    experience: values.experience ?? 'intermediate',
    best:
      bestFlag && bestText
        ? { distanceM: BEST_FLAGS[bestFlag]!, timeS: parseClock(bestText, `--${bestFlag}`) }
        : null,
    heartRateZones: zonesFrom(values['max-hr'], values['rest-hr']),
  };
  const result = generatePlan(request);
  if (!result.ok) throw new UsageError(result.error.message);
  const { plan } = result;
  if (values.json) {
    io.out(`${JSON.stringify(plan)}\n`);
    return 0;
  }
  const lines = [...plan.notes, ''];
  for (const week of plan.weeks) {
    lines.push(
      `Week of ${week.start} · ${week.phase}${week.lighter ? ' (lighter)' : ''} · ${week.plannedMinutes} min`,
    );
    for (const w of week.workouts) lines.push(`  ${w.date} ${weekdayOf(w.date)}  ${w.title}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
