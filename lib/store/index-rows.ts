import type { ActivityEntry } from './activities-doc';
import { localDate } from '@/engine/activity/local-date';
import { addDays } from '@/engine/plan/calendar-date';

/** One activity in the list index (what the list and filters need, nothing more). */
export type ActivityRow = {
  id: string;
  startTime: string;
  date: string;
  sport: string;
  distanceM: number;
  movingS: number;
  avgHr: number | null;
  load: number | null;
  loadMethod: string;
};

/** One calendar day: training load, and fitness/fatigue/form once the engine has computed them. */
export type DayRow = {
  date: string;
  load: number;
  ctl: number | null;
  atl: number | null;
  tsb: number | null;
  acwr: number | null;
};

export function activityRows(activities: ActivityEntry[], timeZone: string): ActivityRow[] {
  return activities.map((a) => ({
    id: a.id,
    startTime: a.startTime,
    date: localDate(a.startTime, timeZone),
    sport: a.sport,
    distanceM: a.distanceM,
    movingS: a.movingS,
    avgHr: a.avgHr,
    load: a.load.value,
    loadMethod: a.load.method,
  }));
}

/** Load per day from the first activity to `today` (or the last activity), rest days as zero. */
export function dailyLoads(rows: ActivityRow[], today: string): { date: string; load: number }[] {
  if (rows.length === 0) return [];
  const byDate = new Map<string, number>();
  for (const row of rows) byDate.set(row.date, (byDate.get(row.date) ?? 0) + (row.load ?? 0));
  const dates = [...byDate.keys()].sort();
  const first = dates[0] ?? today;
  const lastActivity = dates[dates.length - 1] ?? today;
  const last = lastActivity > today ? lastActivity : today;
  const days: { date: string; load: number }[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    days.push({ date, load: byDate.get(date) ?? 0 });
  }
  return days;
}
