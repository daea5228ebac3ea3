/**
 * Daniels–Gilbert VDOT: the oxygen cost of running at a speed, and the fraction of VO2max a runner
 * can hold for a race of a given length.
 *
 * Source: Daniels J, Gilbert J (1979) "Oxygen Power: Performance Tables for Distance Runners";
 * formulas as in Runalyze `DanielsGilbertFormula.php` (see SCIENCE.md §2.12), with the common
 * constant 0.182258:
 *   VO2(v)   = −4.60 + 0.182258·v + 0.000104·v²                 (v in m/min, ml/kg/min)
 *   %max(t)  = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t)   (t in min)
 *   VDOT     = VO2(v) / %max(t)
 * Worked example: 5 km in 20:00 → VDOT 49.81; same-VDOT 10 km 41:27.9, marathon 3:11:17.
 */

const A = -4.6;
const B = 0.182258;
const C = 0.000104;

function oxygenCost(velocityMPerMin: number): number {
  return A + B * velocityMPerMin + C * velocityMPerMin ** 2;
}

function fractionSustainable(durationMin: number): number {
  return (
    0.8 +
    0.1894393 * Math.exp(-0.012778 * durationMin) +
    0.2989558 * Math.exp(-0.1932605 * durationMin)
  );
}

/** VDOT (ml/kg/min) from a race effort. */
export function vdotFromRace(distanceM: number, timeS: number): number {
  if (!(distanceM > 0) || !(timeS > 0)) throw new RangeError('Distance and time must be positive.');
  const minutes = timeS / 60;
  return oxygenCost(distanceM / minutes) / fractionSustainable(minutes);
}

/** The race time (s) over a distance that matches a VDOT, found by bisection on time. */
export function raceTimeForVdot(vdot: number, distanceM: number): number {
  // VDOT falls as time grows, so bisect between a 1000 m/min and a 50 m/min effort.
  let fastS = (distanceM / 1000) * 60;
  let slowS = (distanceM / 50) * 60;
  for (let i = 0; i < 80; i++) {
    const midS = (fastS + slowS) / 2;
    if (vdotFromRace(distanceM, midS) > vdot) fastS = midS;
    else slowS = midS;
  }
  return (fastS + slowS) / 2;
}

/** Running velocity (m/min) whose oxygen cost is `fraction` of VO2max: the root of VO2(v) = VDOT·fraction. */
export function velocityAtFraction(vdot: number, fraction: number): number {
  const target = vdot * fraction;
  return (-B + Math.sqrt(B * B + 4 * C * (target - A))) / (2 * C);
}
