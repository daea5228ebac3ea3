import type { JournalEntry } from '../readiness/journal.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { serialSpearman } from '../stats/spearman.ts';
import {
  inputSeries,
  outcomeSeries,
  sharesStream,
  type InsightActivity,
  type Series,
} from './insight-inputs.ts';

/**
 * "What's working": every input (with its lag) against every outcome (efficiency factor,
 * decoupling, pace at the reference heart rate, RPE) that does not share a measurement stream with
 * it (insight-inputs.ts: load and efficiency both come from speed), by Spearman rank correlation.
 * Daily sleep, HRV, resting heart rate and efficiency persist from day to day, so neighbouring
 * sessions are not independent: each p-value is the t test on the effective number of pairs
 * (Pyper & Peterman 1998, engine/stats/effective-sample-size.ts), and never below the ordinary
 * one (permutation below 30 pairs, t from there). docs/INSIGHTS.md shows the method holding the
 * false discovery rate on noise with persistence up to 0.8. A pair is tested only with at least
 * MIN_PAIRS sessions where both are known, and the Benjamini–Hochberg procedure across all tested
 * pairs keeps the false discovery rate at 10 %.
 * A finding also needs at least a small-to-medium effect (|ρ| ≥ 0.25; Cohen 1988 calls 0.1 small,
 * 0.3 medium, 0.5 large), so a tiny but "significant" wobble in a long history is not advice.
 * Correlation is not causation, and the wording says "goes with", not "causes".
 */
export const MIN_PAIRS = 20;
export const FDR_Q = 0.1;
export const MIN_ABS_RHO = 0.25;

export type Finding = {
  input: string;
  outcome: string;
  lagDays: number;
  rho: number;
  pValue: number;
  qValue: number;
  n: number;
  /** The independent pairs the sessions are worth once day-to-day persistence is allowed for. */
  nEffective: number;
  /** The sessions behind it, for a scatter chart: input x, outcome y. */
  points: { date: string; x: number; y: number }[];
  strength: 'small' | 'medium' | 'large';
  text: string;
};

export type Insights = {
  sport: 'run' | 'row' | 'other';
  working: Finding[];
  notWorking: Finding[];
  pairsTested: number;
  fdr: number;
  /** How p-values allow for day-to-day persistence, for the "how we know" text. */
  method: string;
  /** When nothing could be tested yet: how many more sessions would make a first test possible. */
  notEnoughData: { sessionsNeeded: number; message: string } | null;
};

const strengthOf = (rho: number): Finding['strength'] => {
  const a = Math.abs(rho);
  return a >= 0.5 ? 'large' : a >= 0.3 ? 'medium' : 'small';
};

const sessionWord = (sport: Insights['sport'], n: number) =>
  `${sport === 'run' ? 'run' : sport === 'row' ? 'row' : 'session'}${n === 1 ? '' : 's'}`;

const METHOD =
  'Spearman rank correlation; p-values on the effective number of sessions given day-to-day persistence (Pyper & Peterman 1998); Benjamini–Hochberg at 10 %; inputs and outcomes from the same measurement stream are not compared.';

/** The sessions where both are known, in time order. */
function pairs(activities: InsightActivity[], input: Series, outcome: Series): Finding['points'] {
  const points: Finding['points'] = [];
  for (const a of activities) {
    const x = input.value(a);
    const y = outcome.value(a);
    if (x !== null && y !== null && Number.isFinite(x) && Number.isFinite(y))
      points.push({ date: a.date, x, y });
  }
  return points;
}

function dominantSport(activities: InsightActivity[]): Insights['sport'] {
  const count = (s: string) => activities.filter((a) => a.sport === s).length;
  return count('row') > count('run') ? 'row' : count('run') > 0 ? 'run' : 'other';
}

export function whatsWorking(
  journal: JournalEntry[],
  allActivities: InsightActivity[],
  sport = dominantSport(allActivities),
): Insights {
  const activities = allActivities
    .filter((a) => a.sport === sport)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.startHour - b.startHour));
  const inputs = inputSeries(journal, allActivities);
  const outcomes = outcomeSeries(journal);
  const tested: Omit<Finding, 'qValue' | 'text'>[] = [];
  let mostPairs = 0;
  for (const outcome of outcomes) {
    for (const input of inputs.filter((i) => !sharesStream(i, outcome))) {
      const points = pairs(activities, input, outcome);
      mostPairs = Math.max(mostPairs, points.length);
      if (points.length < MIN_PAIRS) continue;
      const r = serialSpearman(
        points.map((p) => p.x),
        points.map((p) => p.y),
      );
      tested.push({
        input: input.id,
        outcome: outcome.id,
        lagDays: input.lagDays,
        rho: r.rho,
        pValue: r.pValue,
        n: r.n,
        nEffective: Math.round(r.nEffective * 10) / 10,
        points,
        strength: strengthOf(r.rho),
      });
    }
  }
  const bh = benjaminiHochberg(
    tested.map((t) => t.pValue),
    FDR_Q,
  );
  const working: Finding[] = [];
  const notWorking: Finding[] = [];
  tested.forEach((t, i) => {
    if (!bh[i]!.discovery || Math.abs(t.rho) < MIN_ABS_RHO) return;
    const input = inputs.find((s) => s.id === t.input)!;
    const outcome = outcomes.find((s) => s.id === t.outcome)!;
    const better = t.rho > 0 === outcome.higherIsBetter;
    const direction = t.rho > 0 ? 'more' : 'less';
    const text = `${capitalize(input.label)} goes with ${direction} ${outcome.noun} (${t.strength} effect, ρ ${t.rho.toFixed(2)}, ${t.n} ${sessionWord(sport, t.n)}).`;
    (better ? working : notWorking).push({ ...t, qValue: bh[i]!.qValue, text });
  });
  const byStrength = (a: Finding, b: Finding) =>
    Math.abs(b.rho) - Math.abs(a.rho) || (a.input < b.input ? -1 : 1);
  const needed = Math.max(0, MIN_PAIRS - mostPairs);
  return {
    sport,
    working: working.sort(byStrength),
    notWorking: notWorking.sort(byStrength),
    pairsTested: tested.length,
    fdr: FDR_Q,
    method: METHOD,
    notEnoughData:
      tested.length > 0
        ? null
        : {
            sessionsNeeded: needed || MIN_PAIRS,
            message: `Not enough data yet — about ${needed || MIN_PAIRS} more ${sessionWord(sport, needed || MIN_PAIRS)} with a morning check-in and we can start looking for what works for you.`,
          },
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
