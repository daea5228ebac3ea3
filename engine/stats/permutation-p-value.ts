import { seededRandom } from './seeded-random.ts';

/**
 * Two-sided permutation p-value for a rank correlation: under "no relation" every pairing of the
 * y ranks with the x ranks is equally likely, so the p-value is the share of pairings whose |ρ| is
 * at least the observed one (Kendall MG & Gibbons JD, "Rank Correlation Methods", 5th ed. 1990,
 * ch. 4, the exact null distribution of Spearman's ρ; ties are handled because the actual ranks,
 * midranks included, are permuted).
 * - n ≤ EXACT_MAX_N: all n! pairings are enumerated (Heap's algorithm), an exact p-value.
 * - larger n: up to `permutations` random pairings from a seeded source, with the add-one estimate
 *   p = (1 + hits)/(1 + permutations) (Phipson B & Smyth GK 2010, Stat Appl Genet Mol Biol 9(1):39),
 *   which is never 0 and is deterministic for a given seed. Sampling stops early once STOP_HITS
 *   pairings were as extreme, with p = hits/draws (Besag J & Clifford P 1991, Biometrika
 *   78(2):301–304, sequential Monte Carlo p-values): a clearly unremarkable pair is settled after a
 *   few hundred draws, and only small p-values, the ones that matter, get all of them.
 * Worked example: n = 3 has pairings with ρ = 1, ½, ½, −½, −½, −1, so ρ = 1 has p = 2/6.
 */
export const EXACT_MAX_N = 8;
export const DEFAULT_PERMUTATIONS = 10_000;
export const DEFAULT_SEED = 20_270_101;
export const STOP_HITS = 200;
/** Floating sums of the same ranks in another order may differ in the last bits. */
const RELATIVE_TOLERANCE = 1e-9;

export type PermutationOptions = { permutations?: number; seed?: number };

export type PermutationPValue = { pValue: number; method: 'exact' | 'permutation' };

function centred(values: readonly number[]): Float64Array {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Float64Array.from(values, (v) => v - mean);
}

function crossSum(a: Float64Array, b: Float64Array, order: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[order[i]!]!;
  return sum;
}

/** Ranks in, not raw values: `rankX` and `rankY` are the (average) ranks of the two series. */
export function rankCorrelationPValue(
  rankX: readonly number[],
  rankY: readonly number[],
  options: PermutationOptions = {},
): PermutationPValue {
  const n = rankX.length;
  const a = centred(rankX);
  const b = centred(rankY);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  // ρ is proportional to Σ a·b[π] for a fixed set of ranks, so the sums can be compared directly.
  const observed = Math.abs(crossSum(a, b, order));
  const threshold = observed - RELATIVE_TOLERANCE * Math.max(1, observed);
  if (n <= EXACT_MAX_N) {
    let hits = 0;
    let total = 0;
    const c = new Int32Array(n);
    const visit = () => {
      total++;
      if (Math.abs(crossSum(a, b, order)) >= threshold) hits++;
    };
    visit();
    for (let i = 1; i < n;) {
      if (c[i]! < i) {
        const j = i % 2 === 0 ? 0 : c[i]!;
        const swap = order[j]!;
        order[j] = order[i]!;
        order[i] = swap;
        visit();
        c[i]!++;
        i = 1;
      } else {
        c[i] = 0;
        i++;
      }
    }
    return { pValue: hits / total, method: 'exact' };
  }
  const permutations = options.permutations ?? DEFAULT_PERMUTATIONS;
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  let hits = 0;
  for (let k = 0; k < permutations; k++) {
    // Fisher–Yates shuffle of the pairing.
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[j]!;
      order[j] = order[i]!;
      order[i] = swap;
    }
    if (Math.abs(crossSum(a, b, order)) >= threshold && ++hits >= STOP_HITS) {
      return { pValue: hits / (k + 1), method: 'permutation' };
    }
  }
  return { pValue: (1 + hits) / (1 + permutations), method: 'permutation' };
}
