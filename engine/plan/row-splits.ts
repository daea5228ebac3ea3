import { paulsSplit } from '../predict/pauls-law.ts';
import { rowingZonesFrom2kSplit } from '../zones/rowing-zones.ts';
import type { TrainingIntensity } from './intensity.ts';

/**
 * Rowing training splits from the 2k split, in the same bands the analysis counts time in
 * (engine/zones/rowing-zones.ts: AN at 2k pace, TR +5 s, AT +10 s, UT1 +15 s, UT2 +20 s per 500 m,
 * each band 5 s wide), so a session rowed on its target is counted in the band it was meant for.
 * Recovery is the slower half of UT2. Stroke-rate bands are the usual ones for those bands
 * (British Rowing and Concept2 training guidance: UT2 18–22 spm, UT1 22–24, AT 24–28, TR 28–32).
 * Race splits come from Paul's law (+5 s /500 m per doubling of distance).
 */
export type RowingBand = 'UT2' | 'UT1' | 'AT' | 'TR' | 'AN';

export const BAND_OF: Record<TrainingIntensity, RowingBand> = {
  recovery: 'UT2',
  easy: 'UT2',
  marathon: 'UT1',
  threshold: 'AT',
  interval: 'TR',
};

const RATES: Record<TrainingIntensity, [number, number]> = {
  recovery: [18, 20],
  easy: [18, 22],
  marathon: [22, 24],
  threshold: [24, 28],
  interval: [28, 32],
};

export type SplitBand = { fastestS500m: number; slowestS500m: number };
export type RateBand = { minSpm: number; maxSpm: number };

export function rowSplitBand(split2kS500m: number, intensity: TrainingIntensity): SplitBand {
  const zones = rowingZonesFrom2kSplit(split2kS500m);
  const i = zones.findIndex((z) => z.name === BAND_OF[intensity]);
  const slowestS500m = 500 / zones[i]!.min;
  const fastestS500m = 500 / zones[i + 1]!.min;
  return intensity === 'recovery'
    ? { fastestS500m: (fastestS500m + slowestS500m) / 2, slowestS500m }
    : { fastestS500m, slowestS500m };
}

export function rowRateBand(intensity: TrainingIntensity): RateBand {
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
