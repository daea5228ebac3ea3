import { dateOfDayNumber, dayNumber } from '../plan/calendar-date.ts';

/**
 * Sums activity loads by calendar day into one load per consecutive day, from the first day with
 * an activity to the last (days without one are 0). Null if there are no activities.
 */
export function dailyLoads(
  entries: ReadonlyArray<{ date: string; load: number }>,
): { startDate: string; loads: Float64Array } | null {
  if (entries.length === 0) return null;
  const days = entries.map((e) => dayNumber(e.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const loads = new Float64Array(last - first + 1);
  entries.forEach((entry, i) => {
    loads[days[i]! - first] = loads[days[i]! - first]! + entry.load;
  });
  return { startDate: dateOfDayNumber(first), loads };
}
