import { describe, expect, it } from 'vitest';
import { autocorrelation } from './autocorrelation.ts';
import { effectiveSampleSize } from './effective-sample-size.ts';
import { seededRandom } from './seeded-random.ts';
import { serialSpearman, spearman } from './spearman.ts';

function ar1(seed: number, n: number, phi: number): number[] {
  const rand = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const out = [normal()];
  for (let i = 1; i < n; i++) out.push(phi * out[i - 1]! + Math.sqrt(1 - phi * phi) * normal());
  return out;
}

describe('correlation of autocorrelated series', () => {
  it('autocorrelation: 1, 2, 3, 4 has r1 = 0.25; a constant series none', () => {
    expect(autocorrelation([1, 2, 3, 4], 2)[0]).toBeCloseTo(0.25, 12);
    expect(autocorrelation([1, 2, 3, 4], 2)[1]).toBeCloseTo(-0.3, 12);
    expect(autocorrelation([5, 5, 5], 2)).toEqual([0, 0]);
  });

  it('effective sample size: near n for independent noise, far fewer for persistent series', () => {
    const n = 400;
    const independent = effectiveSampleSize(ar1(1, n, 0), ar1(2, n, 0));
    expect(independent).toBeGreaterThan(0.8 * n);
    // Two AR(1) series with φ = 0.8: theory n·(1 − φ²)/(1 + φ²) ≈ 0.22 n.
    const persistent = effectiveSampleSize(ar1(3, n, 0.8), ar1(4, n, 0.8));
    expect(persistent).toBeGreaterThan(0.12 * n);
    expect(persistent).toBeLessThan(0.35 * n);
    expect(effectiveSampleSize([1, 2, 3], [3, 2, 1])).toBe(3);
  });

  it('serialSpearman keeps ρ and never gives a smaller p-value than the plain test', () => {
    for (const phi of [0, 0.5, 0.8]) {
      const x = ar1(10, 90, phi);
      const y = ar1(11, 90, phi);
      const plain = spearman(x, y);
      const serial = serialSpearman(x, y);
      expect(serial.rho).toBe(plain.rho);
      expect(serial.pValue).toBeGreaterThanOrEqual(plain.pValue);
      expect(serial.nEffective).toBeLessThanOrEqual(90);
    }
    const trend = Array.from({ length: 60 }, (_, i) => i + Math.sin(i));
    const drift = Array.from({ length: 60 }, (_, i) => 2 * i + Math.cos(3 * i));
    const r = serialSpearman(trend, drift);
    expect(r.rho).toBeGreaterThan(0.95);
    expect(r.nEffective).toBeLessThan(10);
  });
});
