/**
 * Riegel's endurance model: T2 = T1 · (D2 / D1)^1.06.
 *
 * Source: Riegel PS (1981) "Athletic records and human endurance", American Scientist 69:285–290
 * (SCIENCE.md §2.13). Stated to hold from about 3.5 minutes to just under 4 hours.
 * Worked example: 5 km in 20:00 → 10 km 41:41.9, marathon 3:11:49.3.
 */
export const RIEGEL_EXPONENT = 1.06;

export function riegelTime(knownDistanceM: number, knownTimeS: number, distanceM: number): number {
  if (!(knownDistanceM > 0) || !(knownTimeS > 0) || !(distanceM > 0)) {
    throw new RangeError('Distances and time must be positive.');
  }
  return knownTimeS * (distanceM / knownDistanceM) ** RIEGEL_EXPONENT;
}
