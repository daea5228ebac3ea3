/**
 * The sample autocorrelation of a series at lags 1…maxLag, with the usual estimator
 * r_k = Σ_{t<n−k} (x_t − x̄)(x_{t+k} − x̄) / Σ_t (x_t − x̄)² (Box, Jenkins & Reinsel, "Time Series
 * Analysis", 4th ed. 2008, §2.1.5). A constant series has no autocorrelation (all zeros).
 * Worked example: 1, 2, 3, 4 has r_1 = 0.25 (1.25 / 5).
 */
export function autocorrelation(values: readonly number[], maxLag: number): number[] {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, n);
  const d = values.map((v) => v - mean);
  const denom = d.reduce((s, v) => s + v * v, 0);
  return Array.from({ length: Math.max(0, Math.min(maxLag, n - 1)) }, (_, i) => {
    if (denom === 0) return 0;
    let sum = 0;
    for (let t = 0; t + i + 1 < n; t++) sum += d[t]! * d[t + i + 1]!;
    return sum / denom;
  });
}
