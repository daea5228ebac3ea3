import { nextRandom, seedPrng } from '../simulator/prng.ts';

/**
 * A seeded pseudo-random source as a function, so permutation tests and synthetic histories give
 * the same numbers on every run and machine: the simulator's Mulberry32 step (one uint32 of
 * state, see `engine/simulator/prng.ts`) kept in a closure.
 */
export function seededRandom(seed: number): () => number {
  let state = seedPrng(seed);
  return () => {
    const step = nextRandom(state);
    state = step.state;
    return step.value;
  };
}
