import type { ActivityEntry } from './activities-doc';
import { localDate } from '@/engine/activity/local-date';
import { addDays } from '@/engine/plan/calendar-date';

/** One activity in the list index (what the list and filters need, nothing more). */
export type ActivityRow = {
  id: string;
  startTime: string;
  date: string;
  /** The corrected sport (what the athlete set, else what the file said). */
  sport: string;
  /** The athlete's or the file's name for it; null when neither gave one. */
  title: string | null;
  distanceM: number;
  movingS: number;
  avgHr: number | null;
  /** Load for the athlete's settings when the index was built. */
  load: number | null;
  loadMethod: string;
  /** Set on each leg of a multisport event: the legs share it and are listed as one. */
  groupId: string | null;
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

/** Rows for the index; `entries` carry the load for the athlete's current settings. */
export function activityRows(entries: ActivityEntry[], timeZone: string): ActivityRow[] {
  return entries.map((a) => ({
    id: a.id,
    startTime: a.startTime,
    date: localDate(a.startTime, timeZone),
    sport: a.sport,
    title: a.title,
    distanceM: a.distanceM,
    movingS: a.movingS,
    avgHr: a.avgHr,
    load: a.load.value,
    loadMethod: a.load.method,
    groupId: a.multisport?.groupId ?? null,
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
