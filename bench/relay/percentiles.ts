/**
 * Nearest-rank percentiles (the definition in NIST/SEMATECH e-Handbook §7.2.6.2 with no
 * interpolation): the p-th percentile of n sorted samples is the ceil(p/100 · n)-th smallest.
 * Latencies are reported this way so every figure printed is one that was actually observed.
 */
export type LatencySummary = {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
};

export function nearestRank(sortedAsc: ArrayLike<number>, percent: number): number {
  if (sortedAsc.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((percent / 100) * sortedAsc.length));
  return sortedAsc[Math.min(rank, sortedAsc.length) - 1] ?? NaN;
}

/** Merges the samples of several load processes and summarises them. */
export function summarize(parts: readonly Float64Array[]): LatencySummary {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Float64Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  all.sort();
  return {
    count: total,
    p50Ms: nearestRank(all, 50),
    p95Ms: nearestRank(all, 95),
    p99Ms: nearestRank(all, 99),
    maxMs: total === 0 ? NaN : (all[total - 1] ?? NaN),
  };
}
