import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjamini-hochberg.ts';
import { regularizedIncompleteBeta } from './incomplete-beta.ts';
import { logGamma } from './log-gamma.ts';
import { averageRanks, spearman } from './spearman.ts';
import { twoSidedTPValue } from './student-t.ts';

describe('special functions', () => {
  it('log-gamma: Γ(5) = 24, Γ(½) = √π', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 9);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 9);
  });

  it('incomplete beta: I_0.5(2, 3) = 11/16, and the symmetry holds', () => {
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 10);
    expect(regularizedIncompleteBeta(0.9, 2, 3) + regularizedIncompleteBeta(0.1, 3, 2)).toBeCloseTo(
      1,
      10,
    );
  });

  it("Student's t: table critical values give p = 0.05", () => {
    expect(twoSidedTPValue(2.228, 10)).toBeCloseTo(0.05, 3);
    expect(twoSidedTPValue(2.042, 30)).toBeCloseTo(0.05, 3);
    expect(twoSidedTPValue(0, 12)).toBeCloseTo(1, 9);
  });
});

describe('spearman', () => {
  it('one swapped neighbour pair in 10: ρ = 0.98788', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const y = [1, 2, 3, 5, 4, 6, 7, 8, 9, 10];
    expect(spearman(x, y).rho).toBeCloseTo(1 - (6 * 2) / 990, 6);
  });

  it('gives tied values their average rank', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });

  it('is −1 for a reversed order and has a large p for unrelated data', () => {
    expect(spearman([1, 2, 3, 4, 5], [50, 40, 30, 20, 10]).rho).toBeCloseTo(-1, 12);
    const r = spearman([1, 2, 3, 4, 5, 6, 7, 8], [3, 8, 1, 6, 2, 7, 4, 5]);
    expect(r.pValue).toBeGreaterThan(0.3);
  });
});

describe('benjaminiHochberg', () => {
  it('rejects the 4 smallest of the 1995 paper’s 15 p-values at q = 0.05', () => {
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
      0.6528, 0.759, 1.0,
    ];
    const result = benjaminiHochberg(p, 0.05);
    expect(result.filter((r) => r.discovery)).toHaveLength(4);
    expect(result.slice(0, 4).every((r) => r.discovery)).toBe(true);
  });

  it('keeps input order and step-up monotone q-values', () => {
    const result = benjaminiHochberg([0.04, 0.01, 0.03, 0.005], 0.05);
    expect(result.map((r) => r.discovery)).toEqual([true, true, true, true]);
    expect(result[3]!.qValue).toBeCloseTo(0.02, 12);
  });
});
