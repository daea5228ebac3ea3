import { addDays } from '../plan/calendar-date.ts';
import type { JournalEntry } from './journal.ts';

/**
 * HRV trend from morning rMSSD, on the ln scale (raw rMSSD is skewed; Plews et al. 2013).
 * - This week: the mean of ln rMSSD over the 7 days ending today. Valid with at least 3 readings
 *   (Plews DJ et al. 2014, IJSPP 9(5):783–790).
 * - Your normal: mean ± 0.5 SD (population SD) of ln rMSSD over the 60 days before this week
 *   (HRV4Training's 60-day normal range with the ½-SD width; SCIENCE.md §2.15). Needs 14 readings.
 * Worked example (SCIENCE.md T27): normal [4.1162, 4.1674], this week 3.9505 → below.
 */
export const WEEK_DAYS = 7;
export const NORMAL_DAYS = 60;
export const MIN_WEEK_READINGS = 3;
export const MIN_NORMAL_READINGS = 14;
export const BAND_SD = 0.5;

export type HrvTrend = {
  readingsThisWeek: number;
  weekMeanLn: number | null;
  normal: { meanLn: number; sdLn: number; lowLn: number; highLn: number } | null;
  status: 'below' | 'within' | 'above' | null;
  /** Days in a row (ending today) the 7-day mean has been below the normal range. */
  daysBelow: number;
  /** Today's reading as a z-score against the normal, when there is one today. */
  todayZ: number | null;
};

function lnReadings(byDate: Map<string, number>, from: string, days: number): number[] {
  const values: number[] = [];
  for (let i = 0; i < days; i++) {
    const v = byDate.get(addDays(from, i));
    if (v !== undefined) values.push(Math.log(v));
  }
  return values;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function trendOn(byDate: Map<string, number>, today: string): Omit<HrvTrend, 'daysBelow'> {
  const week = lnReadings(byDate, addDays(today, -(WEEK_DAYS - 1)), WEEK_DAYS);
  const past = lnReadings(byDate, addDays(today, -(WEEK_DAYS + NORMAL_DAYS - 1)), NORMAL_DAYS);
  const weekMeanLn = week.length >= MIN_WEEK_READINGS ? mean(week) : null;
  let normal: HrvTrend['normal'] = null;
  if (past.length >= MIN_NORMAL_READINGS) {
    const m = mean(past);
    const sd = Math.sqrt(mean(past.map((x) => (x - m) ** 2)));
    normal = { meanLn: m, sdLn: sd, lowLn: m - BAND_SD * sd, highLn: m + BAND_SD * sd };
  }
  const status =
    weekMeanLn === null || normal === null
      ? null
      : weekMeanLn < normal.lowLn
        ? 'below'
        : weekMeanLn > normal.highLn
          ? 'above'
          : 'within';
  const todayRmssd = byDate.get(today);
  const todayZ =
    todayRmssd !== undefined && normal && normal.sdLn > 0
      ? (Math.log(todayRmssd) - normal.meanLn) / normal.sdLn
      : null;
  return { readingsThisWeek: week.length, weekMeanLn, normal, status, todayZ };
}

export function hrvTrend(entries: JournalEntry[], today: string): HrvTrend {
  const byDate = new Map<string, number>();
  for (const e of entries) if (e.rmssdMs != null) byDate.set(e.date, e.rmssdMs);
  const now = trendOn(byDate, today);
  let daysBelow = 0;
  if (now.status === 'below') {
    daysBelow = 1;
    while (daysBelow < 30 && trendOn(byDate, addDays(today, -daysBelow)).status === 'below')
      daysBelow++;
  }
  return { ...now, daysBelow };
}
