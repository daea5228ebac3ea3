/**
 * Speed ↔ pace conversions. The international mile is exactly 1609.344 m (International Yard and
 * Pound Agreement, 1959). A pace for a speed that is not positive is null: there is no pace when
 * standing still.
 */
export const METERS_PER_MILE = 1609.344;
export const METERS_PER_KM = 1000;
export const ROWING_SPLIT_M = 500;

function paceFor(distanceM: number, speedMps: number): number | null {
  return speedMps > 0 && Number.isFinite(speedMps) ? distanceM / speedMps : null;
}

export const paceSPerKm = (speedMps: number): number | null => paceFor(METERS_PER_KM, speedMps);
export const paceSPerMile = (speedMps: number): number | null => paceFor(METERS_PER_MILE, speedMps);
export const paceS500m = (speedMps: number): number | null => paceFor(ROWING_SPLIT_M, speedMps);

/** Speed in metres per second for a pace in seconds per kilometre. */
export function speedFromPaceSPerKm(paceS: number): number {
  if (!(paceS > 0)) throw new RangeError('A pace must be a positive number of seconds per km.');
  return METERS_PER_KM / paceS;
}
