/**
 * Smoothing constants for the exponentially weighted averages of daily load.
 *
 * Fitness (CTL) and fatigue (ATL) use k = 1 − e^(−1/N), the impulse-response decay GoldenCheetah
 * (`PMCData.cpp`: lte = exp(−1/lts)), Elevate (`fitness.service.ts`) and intervals.icu use:
 * 0.023528 for N = 42, 0.133122 for N = 7. TrainingPeaks' k = 1/N gives slightly different numbers
 * (SCIENCE.md §2.6).
 *
 * The acute:chronic ratio uses Williams et al. (BJSM 2017 51(3):209): λ = 2/(N + 1), N = 7 and 28.
 */
export const CTL_DAYS = 42;
export const ATL_DAYS = 7;
export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

export function impulseResponseK(days: number): number {
  return 1 - Math.exp(-1 / days);
}

export function williamsLambda(days: number): number {
  return 2 / (days + 1);
}

/** One day's update of an exponentially weighted average. */
export function ewmaStep(previous: number, load: number, k: number): number {
  return previous + k * (load - previous);
}
