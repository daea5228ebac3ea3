import { paulsSplit } from '../predict/pauls-law.ts';
import type { Intensity } from './intensity.ts';

/**
 * Rowing training splits from a 2k split by Paul's law (+5 s /500 m per doubling of distance):
 * each intensity is the pace of a longer or shorter equivalent piece. Easy (UT2) is the pace of a
 * piece 8–16 times the 2k (+15 to +20 s), threshold (AT) of 3–5 times (about 6k–10k pace), intervals
 * (TR) of 2k to 3k pace. Stroke-rate bands are the usual ones for those intensities
 * (Concept2 training guides: UT2 18–22 spm, AT 24–28, TR 28–32).
 */
const DISTANCE_MULTIPLES: Record<Exclude<Intensity, 'race'>, [number, number]> = {
  recovery: [32, 64],
  easy: [8, 16],
  marathon: [5, 8],
  threshold: [3, 5],
  interval: [1, 1.5],
};

const RATES: Record<Exclude<Intensity, 'race'>, [number, number]> = {
  recovery: [18, 20],
  easy: [18, 22],
  marathon: [22, 24],
  threshold: [24, 28],
  interval: [28, 32],
};

export type SplitBand = { fastestS500m: number; slowestS500m: number };
export type RateBand = { minSpm: number; maxSpm: number };

export function rowSplitBand(
  split2kS500m: number,
  intensity: Exclude<Intensity, 'race'>,
): SplitBand {
  const [shorter, longer] = DISTANCE_MULTIPLES[intensity];
  return {
    fastestS500m: paulsSplit(2000, split2kS500m, 2000 * shorter),
    slowestS500m: paulsSplit(2000, split2kS500m, 2000 * longer),
  };
}

export function rowRateBand(intensity: Exclude<Intensity, 'race'>): RateBand {
  const [minSpm, maxSpm] = RATES[intensity];
  return { minSpm, maxSpm };
}

/** Race split for a distance, ±1 s, and a race rate that falls as pieces get longer. */
export function rowRaceTargets(
  split2kS500m: number,
  distanceM: number,
): { split: SplitBand; rate: RateBand } {
  const split = paulsSplit(2000, split2kS500m, distanceM);
  const rate = distanceM <= 2000 ? { minSpm: 30, maxSpm: 36 } : { minSpm: 26, maxSpm: 30 };
  return { split: { fastestS500m: split - 1, slowestS500m: split + 1 }, rate };
}
