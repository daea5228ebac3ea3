import { raceTimeForVdot, vdotFromRace } from './daniels-vdot.ts';
import { paulsSplit, paulsTime } from './pauls-law.ts';
import { riegelTime } from './riegel.ts';

export const RUN_RACE_DISTANCES_M = [5000, 10000, 21097.5, 42195] as const;
export const ROW_RACE_DISTANCES_M = [500, 1000, 2000, 5000, 6000, 10000] as const;

export type RunPrediction = { distanceM: number; riegelS: number; vdotS: number };
export type RowPrediction = { distanceM: number; timeS: number; splitS500m: number };

/** Running: Riegel and same-VDOT times for 5 k, 10 k, half and marathon from one effort. */
export function predictRun(
  distanceM: number,
  timeS: number,
): { vdot: number; predictions: RunPrediction[] } {
  const vdot = vdotFromRace(distanceM, timeS);
  return {
    vdot,
    predictions: RUN_RACE_DISTANCES_M.map((d) => ({
      distanceM: d,
      riegelS: riegelTime(distanceM, timeS, d),
      vdotS: raceTimeForVdot(vdot, d),
    })),
  };
}

/** Rowing: Paul's-law times and splits for 500 m to 10 k from one effort. */
export function predictRow(distanceM: number, timeS: number): { predictions: RowPrediction[] } {
  const splitS500m = (timeS / distanceM) * 500;
  return {
    predictions: ROW_RACE_DISTANCES_M.map((d) => ({
      distanceM: d,
      timeS: paulsTime(distanceM, splitS500m, d),
      splitS500m: paulsSplit(distanceM, splitS500m, d),
    })),
  };
}
