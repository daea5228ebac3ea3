import type { Athlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import {
  banisterTrimp,
  TRIMP_FEMALE_B,
  TRIMP_MALE,
  type TrimpCoefficients,
} from '../load/banister-trimp.ts';
import { chooseLoad, type Load } from '../load/choose-load.ts';
import { fourthPowerMean } from '../load/fourth-power-mean.ts';
import { heartRateStressScore } from '../load/heart-rate-stress-score.ts';
import { swimStressScore } from '../load/swim-stress-score.ts';
import { trainingStressScore } from '../load/training-stress-score.ts';
import type { OutputStreams } from './output-streams.ts';
import { perSecond } from './per-second.ts';
import { hasAny } from './stream-stats.ts';
import { isCycling, isRowing, isRunning, isSwimming } from './sport-family.ts';

export type ActivityLoad = {
  load: Load;
  trimp: number | null;
  hrss: number | null;
  runningTss: number | null;
  swimTss: number | null;
  powerTss: number | null;
  normalizedPowerW: number | null;
  normalizedGradedSpeedMps: number | null;
};

export function trimpCoefficients(athlete: Athlete): TrimpCoefficients {
  return athlete.sex === 'female' ? { a: athlete.femaleTrimpA, b: TRIMP_FEMALE_B } : TRIMP_MALE;
}

/**
 * The threshold power a sport's power TSS is taken against: the rowing FTP on the erg, the cycling
 * FTP on the bike (only when the athlete gave one). Running power has no agreed threshold yet, so
 * runs keep pace-based load.
 */
function powerThresholdW(sport: string, athlete: Athlete): number | null {
  if (isRowing(sport)) return athlete.rowingFtpW;
  if (isCycling(sport)) return athlete.cyclingFtpW;
  return null;
}

/** Swim distance and moving time, for sTSS. */
export type SwimEffort = { distanceM: number; movingS: number };

/** Every load figure the activity's data allows, and the one chosen (power > pace > HR). */
export function activityLoad(
  activity: Activity,
  athlete: Athlete,
  outputs: OutputStreams,
  recordedS: Float64Array,
  swim: SwimEffort,
): ActivityLoad {
  const range = { restHr: athlete.restHr, maxHr: athlete.maxHr };
  const k = trimpCoefficients(athlete);
  const hasHr = hasAny(activity.streams.heartRateBpm);
  const trimp = hasHr ? banisterTrimp(activity.streams.heartRateBpm, recordedS, range, k) : null;
  const hrss = trimp === null ? null : heartRateStressScore(trimp, athlete.lthr, range, k);

  let normalizedPowerW: number | null = null;
  let powerTss: number | null = null;
  if (outputs.powerW) {
    const series = perSecond(outputs.powerW, recordedS);
    normalizedPowerW = fourthPowerMean(series);
    const ftpW = powerThresholdW(activity.sport, athlete);
    if (ftpW !== null) powerTss = trainingStressScore(normalizedPowerW, ftpW, series.length);
  }
  let normalizedGradedSpeedMps: number | null = null;
  let runningTss: number | null = null;
  if (isRunning(activity.sport) && hasAny(activity.streams.speedMps)) {
    const series = perSecond(outputs.gapSpeedMps, recordedS);
    normalizedGradedSpeedMps = fourthPowerMean(series);
    runningTss = trainingStressScore(
      normalizedGradedSpeedMps,
      1000 / athlete.thresholdPaceSPerKm,
      series.length,
    );
  }
  const swimTss =
    isSwimming(activity.sport) && athlete.swimThresholdPaceS100m !== null
      ? swimStressScore(swim.distanceM, swim.movingS, athlete.swimThresholdPaceS100m)
      : null;
  return {
    load: chooseLoad({ powerTss, runningTss, swimTss, hrss }),
    trimp,
    hrss,
    runningTss,
    swimTss,
    powerTss,
    normalizedPowerW,
    normalizedGradedSpeedMps,
  };
}
