/**
 * Energy cost of running on a gradient, Minetti et al. (2002), "Energy cost of walking and running
 * at extreme uphill and downhill slopes", J Appl Physiol 93(3):1039–1046:
 *   Cr(i) = 155.4 i⁵ − 30.4 i⁴ − 43.3 i³ + 46.3 i² + 19.5 i + 3.6   (J·kg⁻¹·m⁻¹, i = rise/run)
 * The fit was measured between −0.45 and +0.45, so grades are clamped there.
 */
export const MINETTI_GRADE_LIMIT = 0.45;

export function minettiCostJPerKgM(grade: number): number {
  const i = Math.max(-MINETTI_GRADE_LIMIT, Math.min(MINETTI_GRADE_LIMIT, grade));
  return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
}

/** The flat-ground speed that costs the same energy as `speedMps` on `grade` (pure-Minetti GAP). */
export function gradeAdjustedSpeed(speedMps: number, grade: number): number {
  return (speedMps * minettiCostJPerKgM(grade)) / minettiCostJPerKgM(0);
}
