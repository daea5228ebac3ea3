import { daysBetween, type Weekday } from './calendar-date.ts';
import type { QualityKind, Session } from './session-builders.ts';
import type { TargetContext } from './targets.ts';
import { floor5, type WeekTarget } from './volume-schedule.ts';

/** One day the athlete can train this week, with at most how many minutes. */
export type DayBudget = { date: string; day: Weekday; maxMin: number };

export type WeekRequest = {
  ctx: TargetContext;
  target: WeekTarget;
  /** The week's distance as sized, for the per-session caps of the sources, metres. */
  weeklyM: number;
  days: DayBudget[];
  longDay: Weekday | null;
  qualityKinds: QualityKind[];
  /** The plan's race date: nothing hard in the last 3 days before it, short days in the last 2. */
  raceDate: string | null;
  /** Long and hard session dates from the week before, so Monday is not hard after Sunday's long. */
  heavyDatesBefore: string[];
};

export type Laid = { date: string; session: Session };

/** The two days before a race hold at most a short easy session (Bosquet 2007: keep it fresh). */
export const PRE_RACE_DAYS = 2;
export const PRE_RACE_MAX_MIN = 30;

export const minutesOf = (out: Laid[]) => out.reduce((sum, o) => sum + o.session.durationMin, 0);

/** What a day may hold: its limit, and at most 30 minutes in the two days before the race. */
export function dayCap(d: DayBudget, raceDate: string | null): number {
  const nearRace = raceDate !== null && daysBetween(d.date, raceDate) <= PRE_RACE_DAYS;
  return floor5(nearRace ? Math.min(d.maxMin, PRE_RACE_MAX_MIN) : d.maxMin);
}

/** The long session's minutes this week, or Infinity when the week has none. */
export function longMinutes(out: Laid[]): number {
  return out.find((o) => o.session.type === 'long')?.session.durationMin ?? Infinity;
}
