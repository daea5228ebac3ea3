import { raceTimeForVdot, velocityAtFraction } from '../predict/daniels-vdot.ts';
import type { TrainingIntensity } from './intensity.ts';

/**
 * Running training paces from VDOT as bands of %VO2max (Daniels J, "Daniels' Running Formula",
 * 3rd ed. 2014: E 59–74 %, M 75–84 %, T 83–88 %, I 95–100 %). Recovery is the slow end of easy.
 * Check: VDOT 50 at 88 % gives 4:15 /km, Daniels' table threshold pace for VDOT 50.
 */
const FRACTIONS: Record<TrainingIntensity, [number, number]> = {
  recovery: [0.55, 0.62],
  easy: [0.59, 0.74],
  marathon: [0.75, 0.84],
  threshold: [0.83, 0.88],
  interval: [0.95, 1.0],
};

export type PaceBand = { fastestSPerKm: number; slowestSPerKm: number };

const sPerKm = (velocityMPerMin: number): number => 60_000 / velocityMPerMin;

export function runPaceBand(vdot: number, intensity: TrainingIntensity): PaceBand {
  const [low, high] = FRACTIONS[intensity];
  return {
    fastestSPerKm: sPerKm(velocityAtFraction(vdot, high)),
    slowestSPerKm: sPerKm(velocityAtFraction(vdot, low)),
  };
}

/** Goal race pace from VDOT, with a ±1.5 % band to steer within. */
export function runRacePace(vdot: number, distanceM: number): PaceBand {
  const pace = raceTimeForVdot(vdot, distanceM) / (distanceM / 1000);
  return { fastestSPerKm: pace * 0.985, slowestSPerKm: pace * 1.015 };
}
