import { addDays, daysBetween } from '@/engine/plan/calendar-date';
import type { WorkoutSport } from '@/engine/workout/types';
import type { PlanDone } from './plan-activities';

/**
 * What the athlete trains now, for the plan form to start from. The 4 weeks before today, as the
 * engine's current volume reads them, but divided by the weeks of history the app actually holds:
 * two rows in the first week of using Splits are about two rows a week, not a quarter of that.
 * Weeks are counted whole (the week of the first session counts). Under two weeks of history the
 * form says so and asks instead of guessing.
 */
export type HistoryVolume =
  | { kind: 'none' }
  | { kind: 'short'; sessions: number; totalMin: number; days: number }
  | { kind: 'enough'; weeklyMin: number; longestMin: number; weeks: number; sessions: number };

const WINDOW_DAYS = 28;
const MIN_DAYS = 14;

export function historyVolume(
  done: readonly PlanDone[],
  sport: WorkoutSport,
  today: string,
): HistoryVolume {
  const from = addDays(today, -WINDOW_DAYS);
  const recent = done.filter((a) => a.sport === sport && a.date >= from && a.date < today);
  if (recent.length === 0) return { kind: 'none' };
  const firstDate = done.reduce((first, a) => (a.date < first ? a.date : first), today);
  const days = Math.min(WINDOW_DAYS, daysBetween(firstDate, today));
  const weeks = Math.ceil(days / 7);
  const totalMin = recent.reduce((s, a) => s + a.durationMin, 0);
  if (days < MIN_DAYS)
    return { kind: 'short', sessions: recent.length, totalMin: Math.round(totalMin), days };
  return {
    kind: 'enough',
    weeklyMin: Math.round(totalMin / weeks),
    longestMin: Math.round(Math.max(...recent.map((a) => a.durationMin))),
    weeks,
    sessions: recent.length,
  };
}
