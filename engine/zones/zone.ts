/** A training zone: from `min` (inclusive) to the next zone's `min`; units depend on the zone set. */
export type Zone = { name: string; min: number };

/**
 * Seconds spent in each zone: each sample's value counts for its interval's recorded seconds. A
 * value below the first zone counts in none (it is "below zone 1"), and NaN counts nowhere.
 */
export function timeInZonesS(
  values: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
  zones: readonly Zone[],
): number[] {
  const seconds = zones.map(() => 0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const w = intervalsS[i]!;
    if (!(w > 0) || Number.isNaN(value)) continue;
    for (let z = zones.length - 1; z >= 0; z--) {
      if (value >= zones[z]!.min) {
        seconds[z]! += w;
        break;
      }
    }
  }
  return seconds;
}
