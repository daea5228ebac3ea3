import { addDays } from '../plan/calendar-date.ts';
import type { JournalEntry } from '../readiness/journal.ts';

/** One finished session as insights need it: plain numbers from the activity analysis. */
export type InsightActivity = {
  date: string;
  /** Local hour of the start, 0–23. */
  startHour: number;
  sport: 'run' | 'row' | 'other';
  /** Grade-adjusted (m/min)/bpm for runs, W/bpm for rows: higher is better. */
  efficiencyFactor: number | null;
  /** Aerobic decoupling, Friel sign: positive = heart rate drifted up; lower is better. */
  decouplingPct: number | null;
  load: number | null;
  /**
   * Grade-adjusted speed at the athlete's reference heart rate (pace-at-heart-rate.ts), m/s;
   * higher is better. Absent or null when the session spent too little steady time near it.
   */
  speedAtReferenceHrMps?: number | null;
  /** How hard this session felt, Borg CR-10 (0–10), when the athlete rated the session itself. */
  rpe?: number | null;
};

export type Series = {
  id: string;
  label: string;
  lagDays: number;
  value: (a: InsightActivity) => number | null;
};

export type Outcome = Series & { higherIsBetter: boolean; noun: string };

/**
 * The inputs tested against each outcome, with their time lags: the same morning (lag 0), the day
 * before (lag 1) and the load of the days before the session (lags 1 and 1–3).
 */
export function inputSeries(journal: JournalEntry[], activities: InsightActivity[]): Series[] {
  const byDate = new Map(journal.map((e) => [e.date, e]));
  const loadByDate = new Map<string, number>();
  for (const a of activities) loadByDate.set(a.date, (loadByDate.get(a.date) ?? 0) + (a.load ?? 0));
  for (const e of journal)
    if (e.trainingLoad != null && !loadByDate.has(e.date)) loadByDate.set(e.date, e.trainingLoad);
  const field =
    (key: keyof JournalEntry, lagDays: number, transform: (v: number) => number = (v) => v) =>
    (a: InsightActivity) => {
      const v = byDate.get(addDays(a.date, -lagDays))?.[key];
      return typeof v === 'number' ? transform(v) : null;
    };
  const loadSum = (from: number, to: number) => (a: InsightActivity) => {
    let total = 0;
    for (let d = from; d <= to; d++) total += loadByDate.get(addDays(a.date, -d)) ?? 0;
    return total;
  };
  return [
    {
      id: 'sleep',
      label: 'more sleep the night before',
      lagDays: 0,
      value: field('sleepHours', 0),
    },
    {
      id: 'sleep-2',
      label: 'more sleep two nights before',
      lagDays: 1,
      value: field('sleepHours', 1),
    },
    {
      id: 'sleepQuality',
      label: 'better sleep quality',
      lagDays: 0,
      value: field('sleepQuality', 0),
    },
    { id: 'hrv', label: 'higher morning HRV', lagDays: 0, value: field('rmssdMs', 0, Math.log) },
    {
      id: 'hrv-1',
      label: 'higher HRV the day before',
      lagDays: 1,
      value: field('rmssdMs', 1, Math.log),
    },
    {
      id: 'restingHr',
      label: 'a higher resting heart rate',
      lagDays: 0,
      value: field('restingHrBpm', 0),
    },
    { id: 'carbs', label: 'more carbohydrate logged', lagDays: 0, value: field('carbsG', 0) },
    { id: 'soreness', label: 'more soreness', lagDays: 0, value: field('soreness', 0) },
    { id: 'stress', label: 'more stress', lagDays: 0, value: field('stress', 0) },
    { id: 'mood', label: 'a better mood', lagDays: 0, value: field('mood', 0) },
    { id: 'load-1', label: 'more training the day before', lagDays: 1, value: loadSum(1, 1) },
    {
      id: 'load-3',
      label: 'more training over the 3 days before',
      lagDays: 3,
      value: loadSum(1, 3),
    },
    { id: 'hour', label: 'training later in the day', lagDays: 0, value: (a) => a.startHour },
  ];
}

/**
 * The outcomes. RPE is the session's own rating when it has one, else the journal's RPE for that
 * date (the day's main session), so older logs keep counting.
 */
export function outcomeSeries(journal: JournalEntry[]): Outcome[] {
  const rpe = new Map(journal.filter((e) => e.rpe != null).map((e) => [e.date, e.rpe!]));
  return [
    {
      id: 'efficiency',
      label: 'efficiency factor',
      noun: 'efficiency (more speed or power per heartbeat)',
      lagDays: 0,
      higherIsBetter: true,
      value: (a) => a.efficiencyFactor,
    },
    {
      id: 'decoupling',
      label: 'decoupling',
      noun: 'heart-rate drift',
      lagDays: 0,
      higherIsBetter: false,
      value: (a) => a.decouplingPct,
    },
    {
      id: 'paceAtHr',
      label: 'pace at your reference heart rate',
      noun: 'speed at the same heart rate',
      lagDays: 0,
      higherIsBetter: true,
      value: (a) => a.speedAtReferenceHrMps ?? null,
    },
    {
      id: 'rpe',
      label: 'RPE',
      noun: 'perceived effort (RPE)',
      lagDays: 0,
      higherIsBetter: false,
      value: (a) => a.rpe ?? rpe.get(a.date) ?? null,
    },
  ];
}
