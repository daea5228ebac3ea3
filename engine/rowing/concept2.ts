/**
 * Concept2 ergometer conversions between pace, power and calories.
 *
 * Source: Concept2's published formulas, as derived in "The Physics of Ergometers" §11
 * (ergarcade.com/articles/c2-pace-derivatives.html) and quoted on the Concept2 forum:
 *   watts = 2.80 / (seconds per metre)^3
 *   cal/hr = 4 · 0.8604 · watts + 300      (the PM's "calories": a 79.5 kg rower, 300 kcal/h at rest)
 */

const WATTS_CONSTANT = 2.8;
const PM_CAL_PER_WATT_HOUR = 4 * 0.8604;
const PM_RESTING_CAL_PER_HOUR = 300;
const PM_REFERENCE_MASS_KG = 79.5;

/** Power for a pace, in watts, from seconds per 500 m. */
export function wattsFromSplit(splitS500m: number): number {
  if (!(splitS500m > 0))
    throw new RangeError('A split must be a positive number of seconds per 500 m.');
  return WATTS_CONSTANT / (splitS500m / 500) ** 3;
}

/** Pace for a power, in seconds per 500 m, from watts. */
export function splitFromWatts(powerW: number): number {
  if (!(powerW > 0)) throw new RangeError('Power must be a positive number of watts.');
  return 500 * (WATTS_CONSTANT / powerW) ** (1 / 3);
}

/** Split in seconds per 500 m from a speed in metres per second. */
export function splitFromSpeed(speedMps: number): number {
  if (!(speedMps > 0)) throw new RangeError('Speed must be positive.');
  return 500 / speedMps;
}

/** The PM's calories per hour for a power (as the monitor shows them, for its 79.5 kg reference rower). */
export function caloriesPerHour(powerW: number): number {
  return PM_CAL_PER_WATT_HOUR * powerW + PM_RESTING_CAL_PER_HOUR;
}

/**
 * Calories per hour scaled to the rower's body mass, keeping the 300 kcal/h baseline
 * (cal2.calculator.city Concept2 calculator, consistent with ergarcade).
 */
export function caloriesPerHourForMass(powerW: number, massKg: number): number {
  return (
    (caloriesPerHour(powerW) - PM_RESTING_CAL_PER_HOUR) * (massKg / PM_REFERENCE_MASS_KG) +
    PM_RESTING_CAL_PER_HOUR
  );
}
