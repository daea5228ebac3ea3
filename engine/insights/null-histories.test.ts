import { describe, expect, it } from 'vitest';
import { syntheticHistory } from './test-support/synthetic-history.ts';
import { FDR_Q, whatsWorking } from './whats-working.ts';

/**
 * The false-discovery proof: on histories of pure noise every finding is false, so the share of
 * histories with any finding is the false discovery rate (all hypotheses null: FDR = P(V > 0)).
 * Daily persistence (AR(1) φ) is what fooled the plain test: at φ = 0.5, 18 of 20 histories gave
 * findings. Each φ gets HISTORIES seeded histories of 90 days; the count must stay within what a
 * true rate of FDR_Q allows (one-sided 99 % binomial bound), and pooled over all four it must not
 * pass FDR_Q at all. A planted moderate effect (ρ 0.4 between sleep and efficiency) must still be
 * found in most histories.
 */
const SEED = 20_270_901;
const HISTORIES = 250;
const DAYS = 90;

const upperBound = (n: number, q: number) => q * n + 2.33 * Math.sqrt(n * q * (1 - q));

function falseHistories(phi: number): number {
  let withFinding = 0;
  for (let i = 0; i < HISTORIES; i++) {
    const { journal, activities } = syntheticHistory({ seed: SEED + i, days: DAYS, phi });
    const insights = whatsWorking(journal, activities);
    if (insights.working.length + insights.notWorking.length > 0) withFinding++;
  }
  return withFinding;
}

describe('what is working holds its false discovery rate on autocorrelated noise', () => {
  const counts: number[] = [];
  for (const phi of [0, 0.3, 0.5, 0.8]) {
    it(`AR(1) φ = ${phi}: at most ${FDR_Q * 100} % of ${HISTORIES} noise histories show a finding`, () => {
      const count = falseHistories(phi);
      counts.push(count);
      console.info(
        `seed ${SEED}, φ ${phi}: ${count} of ${HISTORIES} noise histories with a finding (${((100 * count) / HISTORIES).toFixed(1)} %)`,
      );
      expect(count).toBeLessThanOrEqual(upperBound(HISTORIES, FDR_Q));
    });
  }
  it('pooled over all four, the rate is at most the nominal 10 %', () => {
    expect(counts).toHaveLength(4);
    expect(counts.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(FDR_Q * 4 * HISTORIES);
  });

  it('still finds a planted moderate effect (ρ 0.4, φ 0.5, 150 days) in most histories', () => {
    const runs = 150;
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const history = syntheticHistory({
        seed: SEED + 10_000 + i,
        days: 150,
        phi: 0.5,
        planted: 0.4,
      });
      const insights = whatsWorking(history.journal, history.activities);
      if (insights.working.some((f) => f.input === 'sleep' && f.outcome === 'efficiency')) found++;
    }
    console.info(`seed ${SEED + 10_000}: planted effect found in ${found} of ${runs} histories`);
    expect(found).toBeGreaterThanOrEqual(0.6 * runs);
  });
});
