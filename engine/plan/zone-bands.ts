import type { Zone } from '../zones/zone.ts';

/**
 * The five heart-rate bands workout targets carry, from a zone set of engine/zones (each zone runs
 * from its `min` to the next zone's). Sets with more than five zones (Friel's Z5a–Z5c) fold the
 * top ones into zone 5, which ends at the athlete's maximum heart rate.
 */
export function heartRateBands(
  zones: readonly Zone[],
  maxHr: number,
): { minBpm: number; maxBpm: number }[] | null {
  if (zones.length < 5) return null;
  return Array.from({ length: 5 }, (_, i) => ({
    minBpm: Math.round(zones[i]!.min),
    maxBpm: Math.round(i < 4 ? zones[i + 1]!.min : maxHr),
  }));
}
