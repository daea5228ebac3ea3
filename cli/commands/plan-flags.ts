import { parseFlags } from '../flags.ts';
import type { Assumption } from '../../engine/fitness/assumption.ts';
import { addDays, weekdayOf, WEEKDAYS, type Weekday } from '../../engine/plan/calendar-date.ts';
import { heartRateBands } from '../../engine/plan/zone-bands.ts';
import { heartRateZonesFromReserve } from '../../engine/zones/heart-rate-zones.ts';
import { parseClock } from '../clock.ts';
import { UsageError } from '../io.ts';

/** The `plan` command's flags, and the parts of a plan request each one gives. */
const BEST_FLAGS: Record<string, number> = {
  'best-5k': 5000,
  'best-10k': 10000,
  'best-half': 21097.5,
  'best-marathon': 42195,
  'best-2k': 2000,
  'best-6k': 6000,
};

export function parsePlanFlags(argv: string[]) {
  return parseFlags(argv, {
    sport: { type: 'string' },
    goal: { type: 'string' },
    date: { type: 'string' },
    start: { type: 'string' },
    'weekly-minutes': { type: 'string' },
    'long-minutes': { type: 'string' },
    days: { type: 'string' },
    minutes: { type: 'string' },
    'long-day': { type: 'string' },
    experience: { type: 'string' },
    activities: { type: 'string' },
    'max-hr': { type: 'string' },
    'rest-hr': { type: 'string' },
    json: { type: 'boolean' },
    ...Object.fromEntries(Object.keys(BEST_FLAGS).map((k) => [k, { type: 'string' as const }])),
  }).values;
}

export type PlanFlags = ReturnType<typeof parsePlanFlags>;

export const asWeekday = (text: string): Weekday => {
  const day = text.trim().toLowerCase().slice(0, 3) as Weekday;
  if (!WEEKDAYS.includes(day)) throw new UsageError(`"${text}" is not a weekday like mon or sun.`);
  return day;
};

export function availability(days: string | undefined, minutes: string | undefined) {
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
export function zonesFrom(maxText: string | undefined, restText: string | undefined) {
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

export function bestFrom(values: PlanFlags): { distanceM: number; timeS: number } | null {
  const flag = Object.keys(BEST_FLAGS).find((k) => values[k as keyof PlanFlags] !== undefined);
  if (!flag) return null;
  const text = values[flag as keyof PlanFlags] as string;
  return { distanceM: BEST_FLAGS[flag]!, timeS: parseClock(text, `--${flag}`) };
}

export function minutesFlag(text: string | undefined, flag: string): number | null {
  if (text === undefined) return null;
  const minutes = Number(text);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new UsageError(`${flag} must be a number of minutes, like 120.`);
  return minutes;
}

/** Next Monday from today: the CLI's default start, so plans begin on a fresh week. */
export function nextMonday(today: string): string {
  const offset = (7 - WEEKDAYS.indexOf(weekdayOf(today))) % 7;
  return addDays(today, offset);
}

/** What the CLI itself filled in, said out loud beside the engine's own assumptions. */
export function cliAssumptions(values: PlanFlags, startDate: string): Assumption[] {
  const out: Assumption[] = [];
  if (values.experience === undefined)
    out.push({
      field: 'experience',
      value: 'intermediate',
      text: 'Experience is taken as intermediate; give --experience beginner or advanced if that fits better.',
    });
  if (values.start === undefined)
    out.push({
      field: 'startDate',
      value: startDate,
      text: `The plan starts next Monday, ${startDate}; give --start to begin another day.`,
    });
  return out;
}
