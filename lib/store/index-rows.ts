import type { ActivityEntry } from './activities-doc';
import { localDate } from '@/engine/activity/local-date';
import { dailyLoadRows } from '@/engine/fitness/daily-loads';

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
  return dailyLoadRows(
    rows.map((row) => ({ date: row.date, load: row.load ?? 0 })),
    today,
  );
}
