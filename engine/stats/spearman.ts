import { twoSidedTPValue } from './student-t.ts';

/**
 * Spearman's rank correlation ρ: Pearson's r on average ranks (ties share their mean rank), with a
 * two-sided p-value from t = ρ·√((n−2)/(1−ρ²)) on n−2 degrees of freedom (the usual approximation,
 * good from about n = 10; Zar JH, "Biostatistical Analysis", 5th ed. 2010, rank correlation).
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

export type RankCorrelation = { rho: number; pValue: number; n: number };

export function spearman(x: readonly number[], y: readonly number[]): RankCorrelation {
  if (x.length !== y.length) throw new RangeError('Both series need the same length.');
  const n = x.length;
  if (n < 3) return { rho: 0, pValue: 1, n };
  const rho = pearson(averageRanks(x), averageRanks(y));
  const t = Math.abs(rho) >= 1 ? Infinity : rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { rho, pValue: twoSidedTPValue(t, n - 2), n };
}
