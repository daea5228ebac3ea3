import { MOVING_SPEED_MPS } from '../activity/pauses.ts';

/**
 * Moving time: recorded time (pauses removed) in which the athlete was moving. A sample slower
 * than MOVING_SPEED_MPS counts as standing still; a sample with no speed at all (a strength
 * session, an erg without a speed field) counts as moving, since nothing says otherwise. Over a
 * long interval (a sparse recorder, a pool length) the speed of its last sample says little, so
 * the distance covered across the interval decides when the file has distance.
 */
const LONG_INTERVAL_S = 5;

export function movingIntervalsS(
  intervalsS: Float64Array,
  speedMps: ArrayLike<number>,
  timeS?: Float64Array,
  distanceM?: Float64Array,
): Float64Array {
  const moving = new Float64Array(intervalsS.length);
  for (let i = 0; i < intervalsS.length; i++) {
    let speed = speedMps[i]!;
    if (timeS && distanceM && i > 0 && timeS[i]! - timeS[i - 1]! > LONG_INTERVAL_S) {
      const across = (distanceM[i]! - distanceM[i - 1]!) / (timeS[i]! - timeS[i - 1]!);
      if (!Number.isNaN(across)) speed = across;
    }
    moving[i] = speed < MOVING_SPEED_MPS ? 0 : intervalsS[i]!;
  }
  return moving;
}
