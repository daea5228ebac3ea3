import { describe, expect, it } from 'vitest';
import { rankCorrelationPValue } from './permutation-p-value.ts';
import { averageRanks, spearman } from './spearman.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * The textbook exact p-value, computed independently of Heap's algorithm: a depth-first walk over
 * all n! pairings (lexicographic, with a used-flag per rank), accumulating Σ a·b as it goes.
 */
function referenceExactP(x: number[], y: number[]): number {
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const mx = rx.reduce((s, v) => s + v, 0) / rx.length;
  const my = ry.reduce((s, v) => s + v, 0) / ry.length;
  const a = rx.map((v) => v - mx);
  const b = ry.map((v) => v - my);
  const observed = Math.abs(Math.abs(spearmanRho(rx, ry)) * Math.sqrt(sumSq(a) * sumSq(b)));
  const used = b.map(() => false);
  let hits = 0;
  let total = 0;
  const walk = (depth: number, sum: number) => {
    if (depth === a.length) {
      total++;
      if (Math.abs(sum) >= observed - 1e-9) hits++;
      return;
    }
    for (let j = 0; j < b.length; j++) {
      if (used[j]) continue;
      used[j] = true;
      walk(depth + 1, sum + a[depth]! * b[j]!);
      used[j] = false;
    }
  };
  walk(0, 0);
  return hits / total;
}

const sumSq = (v: number[]) => v.reduce((s, x) => s + x * x, 0);

function spearmanRho(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

function randomSeries(seed: number, n: number, ties = false): [number[], number[]] {
  const random = seededRandom(seed);
  const value = () => (ties ? Math.floor(random() * 4) : random());
  const x = Array.from({ length: n }, value);
  // A weak relation, so p-values land in the interesting middle, not at 0 or 1.
  const y = x.map((v) => v + 1.5 * value());
  return [x, y];
}

describe('permutation p-value for Spearman ρ', () => {
  it('n = 3: the six pairings give ρ = 1, ½, ½, −½, −½, −1, so ρ = 1 has p = 2/6', () => {
    expect(rankCorrelationPValue([1, 2, 3], [1, 2, 3])).toEqual({
      pValue: 2 / 6,
      method: 'exact',
    });
    expect(rankCorrelationPValue([1, 2, 3], [1, 3, 2]).pValue).toBeCloseTo(1, 12);
  });

  it('n = 4, one swapped neighbour pair (ρ = 0.8): 8 of 24 pairings are as extreme', () => {
    expect(rankCorrelationPValue([1, 2, 3, 4], [1, 2, 4, 3]).pValue).toBeCloseTo(8 / 24, 12);
  });

  it('n = 8, ρ = 1: only the two perfect pairings of 40 320 reach it', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(spearman(x, x)).toMatchObject({ rho: 1, pValue: 2 / 40320, pMethod: 'exact' });
  });

  it('for n ≤ 8 matches a plain enumeration of all orderings, with and without ties', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const n = 4 + (seed % 5);
      const [x, y] = randomSeries(seed, n, seed % 2 === 0);
      expect(spearman(x, y).pValue).toBeCloseTo(referenceExactP(x, y), 12);
    }
  });

  it('for 9 ≤ n < 30 the seeded estimate is within Monte Carlo error of the exact value (n = 9)', () => {
    for (const seed of [3, 4, 5]) {
      const [x, y] = randomSeries(seed, 9);
      const exact = referenceExactP(x, y);
      const estimate = spearman(x, y);
      expect(estimate.pMethod).toBe('permutation');
      // Standard error of the estimate: √(p(1−p)/10 000) with all draws, about p/√200 when it
      // stopped early at 200 hits (Besag & Clifford); allow four of them.
      const se = Math.max(Math.sqrt((exact * (1 - exact)) / 10_000), exact / Math.sqrt(200));
      expect(Math.abs(estimate.pValue - exact)).toBeLessThan(4 * se);
    }
  });

  it('is deterministic: the same data and seed give the same p-value; another seed, close to it', () => {
    const [x, y] = randomSeries(42, 20);
    const first = spearman(x, y);
    expect(spearman([...x], [...y])).toEqual(first);
    const other = spearman(x, y, { seed: 99 });
    expect(other.pValue).not.toBe(first.pValue);
    expect(Math.abs(other.pValue - first.pValue)).toBeLessThan(0.03);
  });

  it('never reports p = 0 from sampling, and switches to the t approximation from n = 30', () => {
    const x = Array.from({ length: 25 }, (_, i) => i);
    expect(spearman(x, x).pValue).toBeCloseTo(1 / 10_001, 12);
    const long = Array.from({ length: 30 }, (_, i) => i);
    expect(
      spearman(
        long,
        long.map((v) => (v * 7) % 30),
      ).pMethod,
    ).toBe('t');
  });
});
