import type { Athlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import type { Load } from '../load/choose-load.ts';
import { loadBasis, loadFromBasis, type LoadBasis } from './load-basis.ts';
import { hasAny } from './stream-stats.ts';
import { isRowing, isRunning } from './sport-family.ts';

export { trimpCoefficients } from './load-basis.ts';

export type ActivityLoad = {
  load: Load;
  trimp: number | null;
  hrss: number | null;
  runningTss: number | null;
  swimTss: number | null;
  powerTss: number | null;
  normalizedPowerW: number | null;
  normalizedGradedSpeedMps: number | null;
  /** What the load was computed from, kept so it can be recomputed for other thresholds. */
  basis: LoadBasis;
};

/** Swim distance and moving time, for sTSS. */
export type SwimEffort = { distanceM: number; movingS: number };

/**
 * Every load figure the activity's data allows, and the one chosen (power > pace > HR). The
 * figures come from the athlete-independent load basis, so a load recomputed later from the
 * stored basis is the same number the import gave.
 */
export function activityLoad(
  activity: Activity,
  athlete: Athlete,
  recordedS: Float64Array,
  swim: SwimEffort,
): ActivityLoad {
  const basis = loadBasis(activity, recordedS);
  const figures = loadFromBasis(basis, activity.sport, athlete, { ...swim, rpe: null });
  const hasSpeed = hasAny(activity.streams.speedMps);
  return {
    load: figures.load,
    trimp: figures.trimp,
    hrss: figures.hrss,
    runningTss: figures.runningTss,
    swimTss: figures.swimTss,
    powerTss: figures.powerTss,
    normalizedPowerW: basis.powerW ?? (isRowing(activity.sport) ? basis.ergPowerW : null),
    normalizedGradedSpeedMps: isRunning(activity.sport) && hasSpeed ? basis.gradedSpeedMps : null,
    basis,
  };
}
