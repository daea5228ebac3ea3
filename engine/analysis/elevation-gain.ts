/**
 * Elevation gain that GPS noise does not inflate, in two steps:
 * 1. smoothing: gpxpy's 3-point weights 0.3·prev + 0.4·cur + 0.3·next (gpxpy
 *    `calculate_uphill_downhill`), skipping samples without altitude;
 * 2. hysteresis: GoldenCheetah `ElevationGain` keeps a reference altitude and only counts a climb
 *    once altitude is more than the hysteresis (default 3.0 m) above it; a drop of more than the
 *    hysteresis moves the reference down.
 */
export const ELEVATION_HYSTERESIS_M = 3;

export function smoothAltitude(altitudeM: ArrayLike<number>): Float64Array {
  const present: number[] = [];
  for (let i = 0; i < altitudeM.length; i++)
    if (!Number.isNaN(altitudeM[i]!)) present.push(altitudeM[i]!);
  const smoothed = new Float64Array(present.length);
  for (let i = 0; i < present.length; i++) {
    const prev = present[Math.max(0, i - 1)]!;
    const next = present[Math.min(present.length - 1, i + 1)]!;
    smoothed[i] = 0.3 * prev + 0.4 * present[i]! + 0.3 * next;
  }
  return smoothed;
}

export function elevationGainM(
  altitudeM: ArrayLike<number>,
  hysteresisM = ELEVATION_HYSTERESIS_M,
): number {
  const smoothed = smoothAltitude(altitudeM);
  if (smoothed.length === 0) return 0;
  let reference = smoothed[0]!;
  let gain = 0;
  for (let i = 1; i < smoothed.length; i++) {
    const altitude = smoothed[i]!;
    if (altitude > reference + hysteresisM) {
      gain += altitude - reference;
      reference = altitude;
    } else if (altitude < reference - hysteresisM) {
      reference = altitude;
    }
  }
  return gain;
}
