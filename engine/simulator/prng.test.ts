import { describe, expect, it } from 'vitest';
import { nextJitter, nextRandom, seedPrng } from './prng.ts';

function draw(seed: number, n: number): number[] {
  let state = seedPrng(seed);
  return Array.from({ length: n }, () => {
    const r = nextRandom(state);
    state = r.state;
    return r.value;
  });
}

describe('seeded PRNG', () => {
  it('repeats for a seed and differs between seeds', () => {
    expect(draw(42, 5)).toEqual(draw(42, 5));
    expect(draw(42, 5)).not.toEqual(draw(43, 5));
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const values = draw(1, 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('jitters within the spread', () => {
    let state = seedPrng(3);
    for (let i = 0; i < 1000; i++) {
      const j = nextJitter(state, 0.03);
      state = j.state;
      expect(Math.abs(j.value - 1)).toBeLessThanOrEqual(0.03);
    }
  });
});
