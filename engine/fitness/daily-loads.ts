import { dateOfDayNumber, dayNumber } from '../plan/calendar-date.ts';

/**
 * Sums activity loads by calendar day into one load per consecutive day, from the first day with
 * an activity to the last — or to `throughDate` when that is later, so rest days up to today count
 * (days without an activity are 0). Null if there are no activities.
 */
export function dailyLoads(
  entries: ReadonlyArray<{ date: string; load: number }>,
  throughDate?: string,
): { startDate: string; loads: Float64Array } | null {
  if (entries.length === 0) return null;
  const days = entries.map((e) => dayNumber(e.date));
  const first = Math.min(...days);
  const last = Math.max(...days, throughDate === undefined ? -Infinity : dayNumber(throughDate));
  const loads = new Float64Array(last - first + 1);
  entries.forEach((entry, i) => {
    loads[days[i]! - first] = loads[days[i]! - first]! + entry.load;
  });
  return { startDate: dateOfDayNumber(first), loads };
}

/** The same days as rows, for storage and charts. */
export function dailyLoadRows(
  entries: ReadonlyArray<{ date: string; load: number }>,
  throughDate?: string,
): { date: string; load: number }[] {
  const daily = dailyLoads(entries, throughDate);
  if (!daily) return [];
  const start = dayNumber(daily.startDate);
  return Array.from(daily.loads, (load, i) => ({ date: dateOfDayNumber(start + i), load }));
}
