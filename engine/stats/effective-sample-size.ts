import { autocorrelation } from './autocorrelation.ts';

/**
 * The effective number of independent pairs behind a correlation of two autocorrelated series,
 * by the modified Chelton method of Pyper & Peterman (1998, Can J Fish Aquat Sci 55:2127–2140,
 * eq. 1; after Chelton 1984 and Bartlett 1946):
 *   1/N* = 1/N + (2/N) Σ_{j=1}^{N/5} ((N − j)/N) ρ_xx(j) ρ_yy(j),
 * with the sample autocorrelations of both series up to lag N/5. Day-to-day persistence in both
 * (sleep that stays short for a week, an efficiency that drifts with fitness) makes neighbouring
 * pairs near-copies; counting them as independent is what lets noise look significant. The
 * result is kept within [3, N]: negative products (which would claim more than N) are not
 * credited. Bretherton et al. (1999, J Climate 12:1990–2009) give the same first-order form.
 */
export function effectiveSampleSize(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('Both series need the same length.');
  if (n < 4) return n;
  const maxLag = Math.floor(n / 5);
  const rx = autocorrelation(x, maxLag);
  const ry = autocorrelation(y, maxLag);
  let sum = 0;
  for (let j = 1; j <= maxLag; j++) sum += ((n - j) / n) * rx[j - 1]! * ry[j - 1]!;
  const inverse = 1 / n + (2 / n) * sum;
  return Math.min(n, Math.max(3, 1 / Math.max(inverse, 1 / n)));
}
