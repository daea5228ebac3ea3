import { regularizedIncompleteBeta } from './incomplete-beta.ts';

/**
 * Two-sided p-value of Student's t with `df` degrees of freedom:
 * P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½) (Abramowitz & Stegun, Handbook of Mathematical Functions, §26.7).
 * Worked examples from t tables: t = 2.228, df = 10 → 0.05; t = 2.042, df = 30 → 0.05.
 */
export function twoSidedTPValue(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError('Degrees of freedom must be positive.');
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}
