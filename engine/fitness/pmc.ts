import { consecutiveDates, dateOfDayNumber, dayNumber } from '../plan/calendar-date.ts';
import {
  ACUTE_DAYS,
  ATL_DAYS,
  CHRONIC_DAYS,
  CTL_DAYS,
  ewmaStep,
  impulseResponseK,
  williamsLambda,
} from './ewma-constants.ts';

/**
 * The performance-management series over consecutive days: fitness (CTL, 42 d), fatigue (ATL,
 * 7 d), form and the acute:chronic workload ratio. Conventions (SCIENCE.md §2.6, §2.7):
 * - CTL/ATL: k = 1 − e^(−1/N), starting from `seedCtl`/`seedAtl` (0 unless the athlete says);
 * - form (TSB) on a day is *yesterday's* CTL − ATL, as TrainingPeaks/WKO show it: the form you
 *   bring into the day, before its training;
 * - ACWR: Williams EWMA (λ = 2/(N+1), 7 and 28 days), both averages seeded by the first day's load;
 *   null while the chronic average is 0.
 *
 * The series is held in growable typed arrays so that changing one day's load recomputes only
 * from that day on (`setDayLoad`), and adding today's activity costs one step.
 */
export type PmcOptions = { seedCtl?: number; seedAtl?: number };

export type PmcDay = {
  date: string;
  load: number;
  ctl: number;
  atl: number;
  tsb: number;
  acwr: number | null;
};

export type PmcSeries = {
  readonly startDay: number;
  length: number;
  load: Float64Array;
  ctl: Float64Array;
  atl: Float64Array;
  acute: Float64Array;
  chronic: Float64Array;
  readonly seedCtl: number;
  readonly seedAtl: number;
};

const K_CTL = impulseResponseK(CTL_DAYS);
const K_ATL = impulseResponseK(ATL_DAYS);
const L_ACUTE = williamsLambda(ACUTE_DAYS);
const L_CHRONIC = williamsLambda(CHRONIC_DAYS);

function allocate(startDay: number, capacity: number, options: PmcOptions): PmcSeries {
  return {
    startDay,
    length: 0,
    load: new Float64Array(capacity),
    ctl: new Float64Array(capacity),
    atl: new Float64Array(capacity),
    acute: new Float64Array(capacity),
    chronic: new Float64Array(capacity),
    seedCtl: options.seedCtl ?? 0,
    seedAtl: options.seedAtl ?? 0,
  };
}

function ensureCapacity(series: PmcSeries, length: number): void {
  if (length <= series.load.length) return;
  const capacity = Math.max(length, series.load.length * 2, 64);
  for (const key of ['load', 'ctl', 'atl', 'acute', 'chronic'] as const) {
    const grown = new Float64Array(capacity);
    grown.set(series[key].subarray(0, series.length));
    series[key] = grown;
  }
}

/** Recomputes days `from` … end from the day before (the only place the recurrences live). */
function recomputeFrom(series: PmcSeries, from: number): void {
  for (let t = from; t < series.length; t++) {
    const load = series.load[t]!;
    const ctlBefore = t === 0 ? series.seedCtl : series.ctl[t - 1]!;
    const atlBefore = t === 0 ? series.seedAtl : series.atl[t - 1]!;
    series.ctl[t] = ewmaStep(ctlBefore, load, K_CTL);
    series.atl[t] = ewmaStep(atlBefore, load, K_ATL);
    series.acute[t] = t === 0 ? load : ewmaStep(series.acute[t - 1]!, load, L_ACUTE);
    series.chronic[t] = t === 0 ? load : ewmaStep(series.chronic[t - 1]!, load, L_CHRONIC);
  }
}

/** The series for consecutive days starting at `startDate`, one load per day. */
export function computePmc(
  startDate: string,
  dailyLoads: ArrayLike<number>,
  options: PmcOptions = {},
): PmcSeries {
  const series = allocate(dayNumber(startDate), dailyLoads.length, options);
  series.length = dailyLoads.length;
  for (let i = 0; i < dailyLoads.length; i++) series.load[i] = dailyLoads[i]!;
  recomputeFrom(series, 0);
  return series;
}

/**
 * Adds `load` to a day's total and updates the series from that day on (days between the old end
 * and a later date are rest days). A day before the start rebuilds the series from the new start.
 * Mutates and returns the series.
 */
export function addDayLoad(series: PmcSeries, date: string, load: number): PmcSeries {
  const index = dayNumber(date) - series.startDay;
  if (index < 0) {
    const loads = new Float64Array(series.length - index);
    loads.set(series.load.subarray(0, series.length), -index);
    loads[0] = load;
    return computePmc(date, loads, { seedCtl: series.seedCtl, seedAtl: series.seedAtl });
  }
  if (index >= series.length) {
    ensureCapacity(series, index + 1);
    series.load.fill(0, series.length, index + 1);
    const from = series.length;
    series.length = index + 1;
    series.load[index] = load;
    recomputeFrom(series, from);
    return series;
  }
  series.load[index] = series.load[index]! + load;
  recomputeFrom(series, index);
  return series;
}

export function pmcDay(series: PmcSeries, index: number): PmcDay {
  return dayAt(series, index, dateOfDayNumber(series.startDay + index));
}

function dayAt(series: PmcSeries, index: number, date: string): PmcDay {
  const ctlBefore = index === 0 ? series.seedCtl : series.ctl[index - 1]!;
  const atlBefore = index === 0 ? series.seedAtl : series.atl[index - 1]!;
  const chronic = series.chronic[index]!;
  return {
    date,
    load: series.load[index]!,
    ctl: series.ctl[index]!,
    atl: series.atl[index]!,
    tsb: ctlBefore - atlBefore,
    acwr: chronic > 0 ? series.acute[index]! / chronic : null,
  };
}

export function pmcDays(series: PmcSeries): PmcDay[] {
  const dates = consecutiveDates(series.startDay, series.length);
  return dates.map((date, i) => dayAt(series, i, date));
}
