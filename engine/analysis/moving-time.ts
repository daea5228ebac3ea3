/**
 * Moving time: recorded time (pauses removed) in which the athlete was moving. A sample slower
 * than MOVING_SPEED_MPS (1.8 km/h, slower than any walk) counts as standing still; a sample with
 * no speed at all (a strength session, an erg without a speed field) counts as moving, since
 * nothing says otherwise.
 */
export const MOVING_SPEED_MPS = 0.5;

export function movingIntervalsS(
  intervalsS: Float64Array,
  speedMps: ArrayLike<number>,
): Float64Array {
  const moving = new Float64Array(intervalsS.length);
  for (let i = 0; i < intervalsS.length; i++) {
    const speed = speedMps[i]!;
    moving[i] = speed < MOVING_SPEED_MPS ? 0 : intervalsS[i]!;
  }
  return moving;
}
