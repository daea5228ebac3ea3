import { addDays } from '../plan/calendar-date.ts';
import { hrvTrend, MIN_WEEK_READINGS, type HrvTrend } from './hrv-trend.ts';
import type { JournalEntry } from './journal.ts';

/**
 * Readiness 0–100 from whatever the athlete logged, in four systems:
 * - cardiovascular: 7-day ln rMSSD against the 60-day normal (hrv-trend.ts), and resting HR against
 *   its 60-day baseline as a z-score (the ImReady4 rules treat z ≥ 1.7 as incomplete recovery);
 * - muscular: soreness, and recent load: form (TSB, Friel's zones: below −30 is overload) and the
 *   acute:chronic ratio (Williams EWMA; above 1.5 is a big jump, Gabbett 2016, disputed by
 *   Impellizzeri 2020 — used here as a gentle flag, never a block);
 * - sleep: hours (8 h scores full, 4 h none) and quality;
 * - stress: stress and mood.
 * Systems are weighted 35/25/25/15 over those present; confidence says how much of that was there.
 */
export type SystemName = 'cardiovascular' | 'muscular' | 'sleep' | 'stress';

export type RecentLoad = {
  tsb: number | null;
  acwr: number | null;
  /** Why form is withheld (a history too short to read it), said instead of calling it fatigue. */
  formNote?: string;
};

export type Readiness = {
  date: string;
  /** Null only when nothing at all was logged. */
  score: number | null;
  confidence: 'high' | 'medium' | 'low' | 'none';
  builtFrom: string[];
  systems: { name: SystemName; score: number | null }[];
  advice: 'asPlanned' | 'keepItEasy' | 'restOrVeryEasy' | null;
  reasons: string[];
  hrv: HrvTrend;
};

const WEIGHTS: Record<SystemName, number> = {
  cardiovascular: 0.35,
  muscular: 0.25,
  sleep: 0.25,
  stress: 0.15,
};
const clamp = (x: number, lo = 0, hi = 100) => Math.min(hi, Math.max(lo, x));
const avg = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
};
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The latest entry within the last two days, so a missed morning does not erase yesterday. */
function recent<K extends keyof JournalEntry>(
  entries: Map<string, JournalEntry>,
  today: string,
  key: K,
) {
  for (const date of [today, addDays(today, -1)]) {
    const v = entries.get(date)?.[key];
    if (v !== null && v !== undefined) return v as NonNullable<JournalEntry[K]>;
  }
  return null;
}

function restingHrZ(
  entries: JournalEntry[],
  today: string,
  value: number | null,
): { z: number; deltaBpm: number } | null {
  if (value === null) return null;
  const from = addDays(today, -66);
  const to = addDays(today, -7);
  const past = entries
    .filter((e) => e.date >= from && e.date <= to && e.restingHrBpm != null)
    .map((e) => e.restingHrBpm!);
  if (past.length < 14) return null;
  const m = past.reduce((s, x) => s + x, 0) / past.length;
  const sd = Math.max(1, Math.sqrt(past.reduce((s, x) => s + (x - m) ** 2, 0) / past.length));
  return { z: (value - m) / sd, deltaBpm: value - m };
}

function cardiovascular(
  entries: JournalEntry[],
  today: string,
  byDate: Map<string, JournalEntry>,
  out: Partial<Readiness> & { reasons: string[]; builtFrom: string[] },
) {
  const hrv = hrvTrend(entries, today);
  out.hrv = hrv;
  let hrvScore: number | null = null;
  if (hrv.status && hrv.normal && hrv.weekMeanLn !== null) {
    const z = hrv.normal.sdLn > 0 ? (hrv.weekMeanLn - hrv.normal.meanLn) / hrv.normal.sdLn : 0;
    hrvScore = clamp(80 + 20 * z);
    out.builtFrom.push('HRV');
    if (hrv.status === 'below') {
      out.reasons.push(
        `HRV is below your normal range for the ${ordinal(hrv.daysBelow)} day — an easier day helps it bounce back.`,
      );
    } else
      out.reasons.push(`HRV is ${hrv.status === 'within' ? 'within' : 'above'} your normal range.`);
  } else if (hrv.readingsThisWeek > 0 && hrv.readingsThisWeek < MIN_WEEK_READINGS) {
    out.reasons.push(
      `${hrv.readingsThisWeek} HRV reading${hrv.readingsThisWeek === 1 ? '' : 's'} this week — 3 or more make the trend reliable.`,
    );
  } else if (hrv.readingsThisWeek > 0) {
    out.reasons.push('Still learning your normal HRV range — about two weeks of mornings does it.');
  }
  const rhr = restingHrZ(entries, today, recent(byDate, today, 'restingHrBpm'));
  let rhrScore: number | null = null;
  if (rhr) {
    rhrScore = clamp(80 - 15 * rhr.z);
    out.builtFrom.push('resting heart rate');
    if (rhr.z >= 1.7)
      out.reasons.push(`Resting heart rate is ${Math.round(rhr.deltaBpm)} bpm above your usual.`);
  }
  return avg([hrvScore, rhrScore]);
}

function muscular(
  byDate: Map<string, JournalEntry>,
  today: string,
  load: RecentLoad | null,
  out: { reasons: string[]; builtFrom: string[] },
) {
  const soreness = recent(byDate, today, 'soreness');
  const sorenessScore = soreness === null ? null : ((5 - soreness) / 4) * 100;
  if (soreness !== null) {
    out.builtFrom.push('soreness');
    if (soreness >= 4) out.reasons.push('You are feeling sore — easy movement helps it settle.');
  }
  let loadScore: number | null = null;
  if (load && (load.tsb !== null || load.acwr !== null)) {
    out.builtFrom.push('recent training load');
    const fromTsb = load.tsb === null ? 100 : clamp(100 + 1.7 * Math.min(0, load.tsb + 5), 15);
    const fromAcwr = load.acwr === null ? 100 : clamp(100 - 150 * Math.max(0, load.acwr - 1.3), 10);
    loadScore = Math.min(fromTsb, fromAcwr);
    if (load.acwr !== null && load.acwr > 1.5) {
      out.reasons.push(
        `This week's load is well above what you are used to (acute:chronic ${load.acwr.toFixed(2)}).`,
      );
    }
    if (load.tsb !== null && load.tsb <= -30)
      out.reasons.push(`Form is ${Math.round(load.tsb)}: you are carrying a lot of fatigue.`);
  }
  if (load?.formNote) out.reasons.push(load.formNote);
  return avg([sorenessScore, loadScore]);
}

function sleep(
  byDate: Map<string, JournalEntry>,
  today: string,
  out: { reasons: string[]; builtFrom: string[] },
) {
  const hours = byDate.get(today)?.sleepHours ?? null;
  const quality = byDate.get(today)?.sleepQuality ?? null;
  if (hours !== null) {
    out.builtFrom.push('sleep');
    if (hours < 6)
      out.reasons.push(
        `You slept ${Math.round(hours * 10) / 10} h — go gently; tonight is a fresh chance.`,
      );
  }
  if (quality !== null && hours === null) out.builtFrom.push('sleep quality');
  return avg([
    hours === null ? null : clamp(((hours - 4) / 4) * 100),
    quality === null ? null : ((quality - 1) / 4) * 100,
  ]);
}

function stress(
  byDate: Map<string, JournalEntry>,
  today: string,
  out: { reasons: string[]; builtFrom: string[] },
) {
  const stressValue = byDate.get(today)?.stress ?? null;
  const mood = byDate.get(today)?.mood ?? null;
  if (stressValue !== null || mood !== null) out.builtFrom.push('mood and stress');
  if (stressValue !== null && stressValue >= 4)
    out.reasons.push('Life stress counts as load too; an easier session is a fine choice today.');
  return avg([
    stressValue === null ? null : ((5 - stressValue) / 4) * 100,
    mood === null ? null : ((mood - 1) / 4) * 100,
  ]);
}

/** A load figure that is not a finite number (no history yet, a zero chronic load) counts as absent. */
const finiteOrNull = (x: number | null): number | null =>
  x !== null && Number.isFinite(x) ? x : null;

export function readiness(
  entries: JournalEntry[],
  today: string,
  rawLoad: RecentLoad | null,
): Readiness {
  const load = rawLoad && {
    tsb: finiteOrNull(rawLoad.tsb),
    acwr: finiteOrNull(rawLoad.acwr),
    ...(rawLoad.formNote ? { formNote: rawLoad.formNote } : {}),
  };
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const out = { reasons: [] as string[], builtFrom: [] as string[], hrv: hrvTrend([], today) };
  const systems: Readiness['systems'] = [
    { name: 'cardiovascular', score: cardiovascular(entries, today, byDate, out) },
    { name: 'muscular', score: muscular(byDate, today, load, out) },
    { name: 'sleep', score: sleep(byDate, today, out) },
    { name: 'stress', score: stress(byDate, today, out) },
  ];
  const present = systems.filter((s) => s.score !== null);
  const weight = present.reduce((s, x) => s + WEIGHTS[x.name], 0);
  const score =
    weight === 0
      ? null
      : Math.round(present.reduce((s, x) => s + WEIGHTS[x.name] * x.score!, 0) / weight);
  const confidence =
    weight >= 0.85 ? 'high' : weight >= 0.5 ? 'medium' : weight > 0 ? 'low' : 'none';
  if (score === null)
    out.reasons.push(
      'Log a morning check-in (sleep, soreness, HRV) and readiness will appear here.',
    );
  else if (confidence !== 'high')
    out.reasons.push(`Built from ${out.builtFrom.join(', ')} — each extra input makes it sharper.`);
  const advice =
    score === null
      ? null
      : score >= 65
        ? 'asPlanned'
        : score >= 40
          ? 'keepItEasy'
          : 'restOrVeryEasy';
  return {
    date: today,
    score,
    confidence,
    builtFrom: out.builtFrom,
    systems: systems.map((s) => ({ ...s, score: s.score === null ? null : Math.round(s.score) })),
    advice,
    reasons: out.reasons,
    hrv: out.hrv,
  };
}
