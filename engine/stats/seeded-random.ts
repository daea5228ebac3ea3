/**
 * A small seeded pseudo-random source, so permutation tests give the same p-value for the same
 * data on every run and every machine. Mulberry32 (Tommy Ettinger, 2017, public domain): a 32-bit
 * state advanced by a Weyl step and mixed by multiply–xorshift; period 2³², ample for the ~10⁴
 * draws one test needs.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
