import type { JournalEntry } from '../readiness/journal.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import { spearman } from '../stats/spearman.ts';
import { inputSeries, outcomeSeries, type InsightActivity } from './insight-inputs.ts';

/**
 * "What's working": every input (with its lag) against every outcome (efficiency factor,
 * decoupling, pace at the reference heart rate, RPE), by Spearman rank correlation — p-values by
 * permutation below 30 pairs, by the t approximation from there (engine/stats/spearman.ts); a pair
 * is tested only with at least MIN_PAIRS sessions where both are known, and the
 * Benjamini–Hochberg procedure across all tested pairs keeps the false discovery rate at 10 %.
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
  strength: 'small' | 'medium' | 'large';
  text: string;
};

export type Insights = {
  sport: 'run' | 'row' | 'other';
  working: Finding[];
  notWorking: Finding[];
  pairsTested: number;
  fdr: number;
  /** When nothing could be tested yet: how many more sessions would make a first test possible. */
  notEnoughData: { sessionsNeeded: number; message: string } | null;
};

const strengthOf = (rho: number): Finding['strength'] => {
  const a = Math.abs(rho);
  return a >= 0.5 ? 'large' : a >= 0.3 ? 'medium' : 'small';
};

const sessionWord = (sport: Insights['sport'], n: number) =>
  `${sport === 'run' ? 'run' : sport === 'row' ? 'row' : 'session'}${n === 1 ? '' : 's'}`;

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
    for (const input of inputs) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const a of activities) {
        const x = input.value(a);
        const y = outcome.value(a);
        if (x !== null && y !== null && Number.isFinite(x) && Number.isFinite(y)) {
          xs.push(x);
          ys.push(y);
        }
      }
      mostPairs = Math.max(mostPairs, xs.length);
      if (xs.length < MIN_PAIRS) continue;
      const r = spearman(xs, ys);
      tested.push({
        input: input.id,
        outcome: outcome.id,
        lagDays: input.lagDays,
        rho: r.rho,
        pValue: r.pValue,
        n: r.n,
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
