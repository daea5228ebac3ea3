import { rankCorrelationPValue, type PermutationOptions } from './permutation-p-value.ts';
import { effectiveSampleSize } from './effective-sample-size.ts';
import { twoSidedTPValue } from './student-t.ts';

/**
 * Spearman's rank correlation ρ: Pearson's r on average ranks (ties share their mean rank), with a
 * two-sided p-value. From PERMUTATION_BELOW_N pairs on it comes from t = ρ·√((n−2)/(1−ρ²)) on n−2
 * degrees of freedom (the usual approximation; Zar JH, "Biostatistical Analysis", 5th ed. 2010,
 * rank correlation). Below that the t tails are off by enough to matter near p = 0.05, so the
 * p-value is a permutation one (permutation-p-value.ts): exact for n ≤ 8, seeded otherwise.
 * Worked example: x = 1…10 and y the same with one neighbouring pair swapped → ρ = 1 − 6·2/990 = 0.98788.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]![1]] = rank;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export const PERMUTATION_BELOW_N = 30;

export type RankCorrelation = {
  rho: number;
  pValue: number;
  n: number;
  /** How the p-value was found (absent in results made before the permutation test existed). */
  pMethod?: 'exact' | 'permutation' | 't';
};

export function spearman(
  x: readonly number[],
  y: readonly number[],
  options: PermutationOptions = {},
): RankCorrelation {
  if (x.length !== y.length) throw new RangeError('Both series need the same length.');
  const n = x.length;
  if (n < 3) return { rho: 0, pValue: 1, n, pMethod: 'exact' };
  return fromRanks(averageRanks(x), averageRanks(y), options);
}

function fromRanks(rankX: number[], rankY: number[], options: PermutationOptions): RankCorrelation {
  const n = rankX.length;
  const rho = pearson(rankX, rankY);
  if (n < PERMUTATION_BELOW_N) {
    const p = rankCorrelationPValue(rankX, rankY, options);
    return { rho, pValue: p.pValue, n, pMethod: p.method };
  }
  const t = Math.abs(rho) >= 1 ? Infinity : rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { rho, pValue: twoSidedTPValue(t, n - 2), n, pMethod: 't' };
}

export type SerialRankCorrelation = RankCorrelation & { nEffective: number };

/**
 * Spearman's ρ for two series in time order, with a p-value that allows for day-to-day persistence:
 * the t test on the effective number of pairs (effective-sample-size.ts, computed on the ranks),
 * and never smaller than the ordinary p-value, which stays right when there is no persistence.
 */
export function serialSpearman(
  x: readonly number[],
  y: readonly number[],
  options: PermutationOptions = {},
): SerialRankCorrelation {
  if (x.length !== y.length) throw new RangeError('Both series need the same length.');
  if (x.length < 4) return { ...spearman(x, y, options), nEffective: x.length };
  const rankX = averageRanks(x);
  const rankY = averageRanks(y);
  const plain = fromRanks(rankX, rankY, options);
  const nEffective = effectiveSampleSize(rankX, rankY);
  const rho = plain.rho;
  const t = Math.abs(rho) >= 1 ? Infinity : rho * Math.sqrt((nEffective - 2) / (1 - rho * rho));
  const serialP = twoSidedTPValue(t, nEffective - 2);
  return { ...plain, pValue: Math.max(plain.pValue, serialP), nEffective };
}
