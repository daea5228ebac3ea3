import { describe, expect, it } from 'vitest';
import { elevationGainM } from './elevation-gain.ts';

// A seeded generator so the noise is the same on every run.
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31 - 0.5;
  };
}

describe('elevation gain', () => {
  it('counts a clean 50 m climb and descent as 50 m of gain, less at most the hysteresis', () => {
    const up = Array.from({ length: 500 }, (_, i) => 100 + i / 10);
    const down = Array.from({ length: 500 }, (_, i) => 150 - i / 10);
    const gain = elevationGainM([...up, ...down]);
    expect(gain).toBeGreaterThan(47);
    expect(gain).toBeLessThanOrEqual(50);
  });
  it('does not turn ±2 m of GPS jitter on a flat course into climbing', () => {
    const rand = noise(7);
    const flat = Array.from({ length: 3600 }, () => 100 + 4 * rand());
    let naive = 0;
    for (let i = 1; i < flat.length; i++) naive += Math.max(0, flat[i]! - flat[i - 1]!);
    expect(naive).toBeGreaterThan(1000);
    expect(elevationGainM(flat)).toBeLessThan(5);
  });
  it('keeps the real climb under the jitter', () => {
    const rand = noise(11);
    const hill = Array.from(
      { length: 2000 },
      (_, i) => 100 + (i < 1000 ? i / 20 : 50) + 4 * rand(),
    );
    expect(elevationGainM(hill)).toBeGreaterThan(45);
    expect(elevationGainM(hill)).toBeLessThan(56);
  });
  it('skips samples without altitude and is 0 with none', () => {
    expect(elevationGainM([100, Number.NaN, 110, Number.NaN, 120])).toBeCloseTo(14, 6);
    expect(elevationGainM([Number.NaN])).toBe(0);
  });
});
