/**
 * One simulated rowing stroke: how long the drive and recovery last, how far the boat goes, and
 * what the handle force looks like, for a stroke power and rate.
 *
 * Pace and power are tied by Concept2's formula (engine/rowing/concept2.ts: P = 2.8 / (s/m)³), so
 * the speed a stroke produces is (P / 2.8)^(1/3) m/s and its distance that speed times the
 * stroke period; work per stroke is P × period. Drive time, drive length and force shape are
 * plausible values for a club rower, not physiology: drive length ≈ 1.35–1.5 m, drive ≈ 0.7–0.9 s,
 * the rest of the cycle recovery (ratio ~1:2 at 24 spm, as coaches teach), peak force ≈ 1.6 ×
 * average (as in the real PM5 stroke records of ErgometerJS row100meter.ts: peak 170 lbf,
 * average 112 lbf).
 */
import { splitFromWatts } from '../rowing/concept2.ts';

const NEWTONS_PER_LBF = 4.4482216;
const CURVE_POINTS = 40;

/** Handle force along the drive relative to its mean: a skewed half-sine, early peak. */
const CURVE_SHAPE = (() => {
  const raw = Array.from({ length: CURVE_POINTS }, (_, i) =>
    Math.sin(Math.PI * ((i + 0.5) / CURVE_POINTS) ** 0.8),
  );
  const mean = raw.reduce((a, b) => a + b, 0) / CURVE_POINTS;
  return raw.map((r) => r / mean);
})();
const PEAK_OVER_MEAN = Math.max(...CURVE_SHAPE);

export type StrokeShape = {
  powerW: number;
  periodS: number;
  driveTimeS: number;
  recoveryTimeS: number;
  speedMps: number;
  paceS500m: number;
  strokeDistanceM: number;
  driveLengthM: number;
  workPerStrokeJ: number;
  averageDriveForceLbs: number;
  peakDriveForceLbs: number;
};

export function strokeShape(powerW: number, strokeRateSpm: number): StrokeShape {
  const periodS = 60 / strokeRateSpm;
  const driveTimeS = Math.min(0.9, Math.max(0.55, periodS * (0.26 + strokeRateSpm * 0.005)));
  const paceS500m = splitFromWatts(powerW);
  const speedMps = 500 / paceS500m;
  const workPerStrokeJ = powerW * periodS;
  const driveLengthM = 1.35 + Math.min(0.15, powerW / 3000);
  const averageForceN = workPerStrokeJ / driveLengthM;
  const averageDriveForceLbs = averageForceN / NEWTONS_PER_LBF;
  return {
    powerW,
    periodS,
    driveTimeS,
    recoveryTimeS: periodS - driveTimeS,
    speedMps,
    paceS500m,
    strokeDistanceM: speedMps * periodS,
    driveLengthM,
    workPerStrokeJ,
    averageDriveForceLbs,
    peakDriveForceLbs: averageDriveForceLbs * PEAK_OVER_MEAN,
  };
}

/** Handle force along the drive in whole lbf, 40 samples whose mean is the stroke's average force. */
export function forceCurveLbs(shape: StrokeShape): number[] {
  return CURVE_SHAPE.map((r) => Math.round(r * shape.averageDriveForceLbs));
}
