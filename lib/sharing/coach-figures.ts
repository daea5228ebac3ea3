import { localDate } from '@/engine/activity/local-date';
import type { PmcDay } from '@/engine/fitness/pmc';
import { addDays, daysBetween } from '@/engine/plan/calendar-date';
import { matchActivities } from '@/engine/plan/match-activities';
import type { Readiness } from '@/engine/readiness/readiness-score';
import type { Weekday } from '@/lib/plans/calendar';
import { thisWeekDone } from '@/lib/plans/week-done';
import type { WeekTotals } from '@/lib/plans/week-totals';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { doneActivities } from '@/lib/worker/engine-inputs';

/** Why an athlete is near the top of the coach's desk. */
export type AthleteFlag = 'missedKeySession' | 'readinessLowThreeDays' | 'loadRatioHigh';

export const flagLabels: Record<AthleteFlag, string> = {
  missedKeySession: 'Missed a key session',
  readinessLowThreeDays: 'Readiness low three days running',
  loadRatioHigh: 'Load ratio over 1.5',
};

// Weights order the desk: a ratio over 1.5 is the injury-risk signal (Gabbett 2016, SCIENCE.md),
// then sustained low readiness, then a missed key session.
const FLAG_WEIGHT: Record<AthleteFlag, number> = {
  loadRatioHigh: 4,
  readinessLowThreeDays: 3,
  missedKeySession: 2,
};
export const HIGH_LOAD_RATIO = 1.5;

export type AthleteFigures = {
  /** The plan's week as the athlete's own plan says it (lib/plans/week-done.ts). */
  week: WeekTotals | null;
  formTsb: number | null;
  acwr: number | null;
  readiness: Readiness | null;
  lastActivity: ActivityEntry | null;
  flags: AthleteFlag[];
};

export type FigureInputs = {
  today: string;
  timeZone: string;
  workouts: StoredWorkout[];
  /** The plan's sport and the athlete's first weekday, as their plan calendar reads them. */
  sport: StoredWorkout['sport'];
  weekStartsOn: Weekday;
  activities: ActivityEntry[];
  /** The engine's fitness series up to today (empty without activities). */
  pmc: PmcDay[];
  /** The engine's readiness for today and the two days before, oldest first. */
  recentReadiness: Readiness[];
};

/** Key workouts of the last seven days before today that nothing done matches. */
export function missedKeySessions(
  workouts: StoredWorkout[],
  activities: ActivityEntry[],
  today: string,
  timeZone: string,
): StoredWorkout[] {
  const from = addDays(today, -7);
  const recent = workouts.filter((w) => w.date >= from && w.date < today);
  const matched = matchActivities(recent, doneActivities(activities, timeZone));
  return recent.filter((w) => w.key && w.status !== 'done' && !matched.has(w.id));
}

/** Readiness scored "rest or very easy" (under 40) on each of the three days. */
function lowThreeDays(recent: Readiness[]): boolean {
  return recent.length >= 3 && recent.slice(-3).every((r) => r.advice === 'restOrVeryEasy');
}

export function athleteFigures(input: FigureInputs): AthleteFigures {
  const { today, timeZone, workouts, activities, pmc, recentReadiness } = input;
  const week = workouts.length > 0 ? thisWeekDone(input) : null;
  const day = [...pmc].reverse().find((d) => d.date <= today) ?? null;
  const lastActivity =
    [...activities].sort((a, b) => b.startTime.localeCompare(a.startTime))[0] ?? null;
  const flags: AthleteFlag[] = [];
  if (day?.acwr != null && day.acwr > HIGH_LOAD_RATIO) flags.push('loadRatioHigh');
  if (lowThreeDays(recentReadiness)) flags.push('readinessLowThreeDays');
  if (missedKeySessions(workouts, activities, today, timeZone).length > 0)
    flags.push('missedKeySession');
  return {
    week,
    formTsb: day?.tsb ?? null,
    acwr: day?.acwr ?? null,
    readiness: recentReadiness[recentReadiness.length - 1] ?? null,
    lastActivity,
    flags,
  };
}

/** Higher needs attention sooner: flags first, then low readiness, then no recent activity. */
export function attentionScore(figures: AthleteFigures, today: string, timeZone: string): number {
  const flagged = figures.flags.reduce((s, f) => s + FLAG_WEIGHT[f] * 100, 0);
  const readiness = figures.readiness?.score ?? null;
  const lowReadiness = readiness === null ? 0 : Math.max(0, 65 - readiness);
  const last = figures.lastActivity ? localDate(figures.lastActivity.startTime, timeZone) : null;
  const idleDays = last === null ? 14 : Math.min(14, Math.max(0, daysBetween(last, today)));
  return flagged + lowReadiness + idleDays;
}
