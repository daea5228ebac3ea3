import {
  heartRateReserveFraction,
  type HeartRateRange,
  type TrimpCoefficients,
} from './banister-trimp.ts';

/**
 * HRSS: TRIMP as a percentage of one hour at lactate-threshold heart rate, the open stand-in for
 * TrainingPeaks' unpublished hrTSS (Elevate `computeHeartRateStressScore`; GoldenCheetah
 * "TRIMP(100)"; SCIENCE.md §2.3):
 *   TRIMP_LT = 60 · HRR_LT · a · e^(b · HRR_LT),   HRSS = 100 · TRIMP / TRIMP_LT
 */
export function heartRateStressScore(
  trimp: number,
  lthr: number,
  range: HeartRateRange,
  k: TrimpCoefficients,
): number {
  const hrrLt = heartRateReserveFraction(lthr, range);
  const trimpOneHourAtLt = 60 * hrrLt * k.a * Math.exp(k.b * hrrLt);
  return trimpOneHourAtLt > 0 ? (100 * trimp) / trimpOneHourAtLt : 0;
}
