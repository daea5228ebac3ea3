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

/**
 * The measurement streams a series is computed from. An input is never tested against an outcome
 * that shares one: load and efficiency both come from the speed (or power, or heart-rate) stream,
 * so a drift in that stream moves both and reads as "more training goes with more efficiency".
 */
export type Stream = 'speed' | 'power' | 'heartRate' | 'rpe' | 'journal' | 'clock';

export type Series = {
  id: string;
  label: string;
  lagDays: number;
  sources: readonly Stream[];
  value: (a: InsightActivity) => number | null;
};

/** Activity loads come from power, pace (speed) or heart rate; a journal's logged load may be sRPE. */
const ACTIVITY_STREAMS: readonly Stream[] = ['speed', 'power', 'heartRate'];

export const sharesStream = (a: Series, b: Series): boolean =>
  a.sources.some((s) => b.sources.includes(s));

export type Outcome = Series & { higherIsBetter: boolean; noun: string };

/** A journal field as an input: which field, read how many days before the session. */
type JournalInput = {
  id: string;
  label: string;
  key: keyof JournalEntry;
  lagDays: number;
  /** HRV is compared on its logarithm (it is log-normal; Plews 2014). */
  log?: boolean;
};

const JOURNAL_INPUTS: readonly JournalInput[] = [
  { id: 'sleep', label: 'more sleep the night before', key: 'sleepHours', lagDays: 0 },
  { id: 'sleep-2', label: 'more sleep two nights before', key: 'sleepHours', lagDays: 1 },
  { id: 'sleepQuality', label: 'better sleep quality', key: 'sleepQuality', lagDays: 0 },
  { id: 'hrv', label: 'higher morning HRV', key: 'rmssdMs', lagDays: 0, log: true },
  { id: 'hrv-1', label: 'higher HRV the day before', key: 'rmssdMs', lagDays: 1, log: true },
  { id: 'restingHr', label: 'a higher resting heart rate', key: 'restingHrBpm', lagDays: 0 },
  { id: 'carbs', label: 'more carbohydrate logged', key: 'carbsG', lagDays: 0 },
  { id: 'soreness', label: 'more soreness', key: 'soreness', lagDays: 0 },
  { id: 'stress', label: 'more stress', key: 'stress', lagDays: 0 },
  { id: 'mood', label: 'a better mood', key: 'mood', lagDays: 0 },
];

/** Load per date from the sessions, and the journal's logged load on days without one. */
function loadsByDate(journal: JournalEntry[], activities: InsightActivity[]) {
  const loads = new Map<string, number>();
  for (const a of activities) loads.set(a.date, (loads.get(a.date) ?? 0) + (a.load ?? 0));
  let fromJournal = false;
  for (const e of journal) {
    if (e.trainingLoad != null && !loads.has(e.date)) {
      loads.set(e.date, e.trainingLoad);
      fromJournal = true;
    }
  }
  const sources: readonly Stream[] = fromJournal ? [...ACTIVITY_STREAMS, 'rpe'] : ACTIVITY_STREAMS;
  return { loads, sources };
}

/**
 * The inputs tested against each outcome, with their time lags: the same morning (lag 0), the day
 * before (lag 1) and the load of the days before the session (lags 1 and 1–3).
 */
export function inputSeries(journal: JournalEntry[], activities: InsightActivity[]): Series[] {
  const byDate = new Map(journal.map((e) => [e.date, e]));
  const fromJournal = ({ id, label, key, lagDays, log }: JournalInput): Series => ({
    id,
    label,
    lagDays,
    sources: ['journal'],
    value: (a) => {
      const v = byDate.get(addDays(a.date, -lagDays))?.[key];
      return typeof v === 'number' ? (log ? Math.log(v) : v) : null;
    },
  });
  const { loads, sources } = loadsByDate(journal, activities);
  const loadSum = (from: number, to: number) => (a: InsightActivity) => {
    let total = 0;
    for (let d = from; d <= to; d++) total += loads.get(addDays(a.date, -d)) ?? 0;
    return total;
  };
  return [
    ...JOURNAL_INPUTS.map(fromJournal),
    {
      id: 'load-1',
      label: 'more training the day before',
      lagDays: 1,
      sources,
      value: loadSum(1, 1),
    },
    {
      id: 'load-3',
      label: 'more training over the 3 days before',
      lagDays: 3,
      sources,
      value: loadSum(1, 3),
    },
    {
      id: 'hour',
      label: 'training later in the day',
      lagDays: 0,
      sources: ['clock'],
      value: (a) => a.startHour,
    },
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
      sources: ACTIVITY_STREAMS,
      value: (a) => a.efficiencyFactor,
    },
    {
      id: 'decoupling',
      label: 'decoupling',
      noun: 'heart-rate drift',
      lagDays: 0,
      higherIsBetter: false,
      sources: ACTIVITY_STREAMS,
      value: (a) => a.decouplingPct,
    },
    {
      id: 'paceAtHr',
      label: 'pace at your reference heart rate',
      noun: 'speed at the same heart rate',
      lagDays: 0,
      higherIsBetter: true,
      sources: ['speed', 'heartRate'],
      value: (a) => a.speedAtReferenceHrMps ?? null,
    },
    {
      id: 'rpe',
      label: 'RPE',
      noun: 'perceived effort (RPE)',
      lagDays: 0,
      higherIsBetter: false,
      sources: ['rpe'],
      value: (a) => a.rpe ?? rpe.get(a.date) ?? null,
    },
  ];
}
