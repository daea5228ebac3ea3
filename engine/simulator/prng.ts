/**
 * A seeded pseudo-random generator whose whole state is one uint32, so simulator states stay
 * plain data and every run with the same seed emits the same bytes. Mulberry32 (Tommy Ettinger,
 * public domain): adequate for jitter, not for anything statistical or secret.
 */

export type PrngState = number;

export function seedPrng(seed: number): PrngState {
  return seed >>> 0;
}

/** Returns a value in [0, 1) and the next state. */
export function nextRandom(state: PrngState): { state: PrngState; value: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { state: next, value: ((t ^ (t >>> 14)) >>> 0) / 4294967296 };
}

/** A value spread uniformly within ±spread around 1 (for multiplicative jitter). */
export function nextJitter(state: PrngState, spread: number): { state: PrngState; value: number } {
  const r = nextRandom(state);
  return { state: r.state, value: 1 + (r.value * 2 - 1) * spread };
}
