import { addDays } from './calendar-date.ts';
import type { DoneActivity } from './match-activities.ts';

/**
 * What the athlete trains now, from history: the mean weekly minutes of the 4 weeks before
 * `today` in the plan's sport (a 28-day window smooths one big or one missed week). Null with no
 * activity in the window, so the caller falls back to the athlete's own estimate.
 */
export function currentWeeklyMinutes(
  done: DoneActivity[],
  sport: DoneActivity['sport'],
  today: string,
): number | null {
  const from = addDays(today, -28);
  const recent = done.filter((a) => a.sport === sport && a.date >= from && a.date < today);
  if (recent.length === 0) return null;
  return Math.round(recent.reduce((sum, a) => sum + a.durationMin, 0) / 4);
}
