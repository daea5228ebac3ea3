import type { Athlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import { gradeAdjustedSpeed } from '../efficiency/minetti-cost.ts';
import { heartRateStressScore } from '../load/heart-rate-stress-score.ts';
import {
  TRIMP_FEMALE_B,
  TRIMP_MALE,
  trimpPerMinute,
  type TrimpCoefficients,
} from '../load/banister-trimp.ts';
import { chooseLoad, type Load } from '../load/choose-load.ts';
import { fourthPowerMean } from '../load/fourth-power-mean.ts';
import { sessionRpe, sessionRpeLoad } from '../load/session-rpe.ts';
import { swimStressScore } from '../load/swim-stress-score.ts';
import { trainingStressScore } from '../load/training-stress-score.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { gradeStream } from './grade.ts';
import { perSecond } from './per-second.ts';
import { hasAny, total } from './stream-stats.ts';
import { isCycling, isRowing, isRunning, isRunningLike, isSwimming } from './sport-family.ts';

/**
 * What an activity's load depends on that does not depend on the athlete: kept with the stored
 * summary, so loads are recomputed when thresholds change (or the sport is corrected) without
 * reading the streams again. Every load method can be computed from it exactly (heart rate to the
 * whole bpm, which is what files record).
 */
export type LoadBasis = {
  /** Seconds of the per-second series over recorded time: the duration TSS is over. */
  seriesS: number;
  /** Recorded seconds at each whole heart rate: `hrBpm[i]` for `hrS[i]` seconds. */
  hrBpm: number[];
  hrS: number[];
  /** Normalized graded speed: 4th-power mean of grade-adjusted speed (plain without altitude). */
  gradedSpeedMps: number | null;
  /** Normalized power of the file's power field. */
  powerW: number | null;
  /** Normalized Concept2 watts for the speed, for a row without a power field. */
  ergPowerW: number | null;
};

function heartRateSeconds(hr: ArrayLike<number>, recordedS: ArrayLike<number>) {
  const byBpm = new Map<number, number>();
  for (let i = 0; i < hr.length; i++) {
    const bpm = hr[i]!;
    const s = recordedS[i]!;
    if (bpm > 0 && s > 0) {
      const key = Math.round(bpm);
      byBpm.set(key, (byBpm.get(key) ?? 0) + s);
    }
  }
  const hrBpm = [...byBpm.keys()].sort((a, b) => a - b);
  return { hrBpm, hrS: hrBpm.map((b) => Math.round(byBpm.get(b)! * 1000) / 1000) };
}

function gradedSpeed(activity: Activity): Float64Array {
  const { speedMps, distanceM, altitudeM } = activity.streams;
  const out = Float64Array.from(speedMps);
  if (!hasAny(altitudeM)) return out;
  const grade = gradeStream(distanceM, altitudeM);
  for (let i = 0; i < out.length; i++) out[i] = gradeAdjustedSpeed(out[i]!, grade[i]!);
  return out;
}

function ergWatts(speedMps: ArrayLike<number>): Float64Array {
  const out = new Float64Array(speedMps.length);
  for (let i = 0; i < out.length; i++) {
    const v = speedMps[i]!;
    out[i] = v > 0 ? wattsFromSplit(500 / v) : v === 0 ? 0 : NaN;
  }
  return out;
}

export function loadBasis(activity: Activity, recordedS: Float64Array): LoadBasis {
  const { speedMps, powerW, heartRateBpm } = activity.streams;
  const hasSpeed = hasAny(speedMps);
  const hasPower = hasAny(powerW);
  const norm = (values: ArrayLike<number>) => fourthPowerMean(perSecond(values, recordedS));
  const graded = hasSpeed ? norm(gradedSpeed(activity)) : null;
  const power = hasPower ? norm(powerW) : null;
  // Erg watts only where a sport correction could make it a row (a "generic" Concept2 export).
  const sport = activity.sport;
  const maybeRow = !isRunningLike(sport) && !isCycling(sport) && !isSwimming(sport);
  const erg = !hasPower && hasSpeed && maybeRow ? norm(ergWatts(speedMps)) : null;
  return {
    seriesS: Math.floor(total(recordedS) + 1e-9),
    ...heartRateSeconds(heartRateBpm, recordedS),
    gradedSpeedMps: graded,
    powerW: power,
    ergPowerW: erg,
  };
}

export function trimpCoefficients(athlete: Athlete): TrimpCoefficients {
  return athlete.sex === 'female' ? { a: athlete.femaleTrimpA, b: TRIMP_FEMALE_B } : TRIMP_MALE;
}

export type LoadFigures = {
  load: Load;
  trimp: number | null;
  hrss: number | null;
  runningTss: number | null;
  swimTss: number | null;
  powerTss: number | null;
  /** Foster's session RPE in arbitrary units (minutes × RPE), when the athlete rated it. */
  sessionRpe: number | null;
};

/** What the basis alone does not hold: the athlete's RPE and a swim's distance and moving time. */
export type LoadExtras = { movingS: number; distanceM: number; rpe: number | null };

/** The power a sport's power TSS uses, and its threshold (rowing FTP; cycling FTP when given). */
function powerLoad(basis: LoadBasis, sport: string, athlete: Athlete): number | null {
  const seriesS = basis.seriesS;
  if (isRowing(sport)) {
    const np = basis.powerW ?? basis.ergPowerW;
    return np === null ? null : trainingStressScore(np, athlete.rowingFtpW, seriesS);
  }
  if (isCycling(sport) && basis.powerW !== null && athlete.cyclingFtpW !== null)
    return trainingStressScore(basis.powerW, athlete.cyclingFtpW, seriesS);
  return null;
}

/** Every load figure for this sport and athlete, and the one chosen (power > pace > HR > RPE). */
export function loadFromBasis(
  basis: LoadBasis,
  sport: string,
  athlete: Athlete,
  extras: LoadExtras,
): LoadFigures {
  const range = { restHr: athlete.restHr, maxHr: athlete.maxHr };
  const k = trimpCoefficients(athlete);
  let trimp: number | null = null;
  if (basis.hrBpm.length > 0) {
    trimp = 0;
    for (let i = 0; i < basis.hrBpm.length; i++)
      trimp += (basis.hrS[i]! / 60) * trimpPerMinute(basis.hrBpm[i]!, range, k);
  }
  const hrss = trimp === null ? null : heartRateStressScore(trimp, athlete.lthr, range, k);
  const runningTss =
    isRunning(sport) && basis.gradedSpeedMps !== null
      ? trainingStressScore(basis.gradedSpeedMps, 1000 / athlete.thresholdPaceSPerKm, basis.seriesS)
      : null;
  const swimTss =
    isSwimming(sport) && athlete.swimThresholdPaceS100m !== null
      ? swimStressScore(extras.distanceM, extras.movingS, athlete.swimThresholdPaceS100m)
      : null;
  const powerTss = powerLoad(basis, sport, athlete);
  const rated = extras.rpe !== null && extras.movingS > 0;
  const rpeLoad = rated ? sessionRpeLoad(extras.movingS, extras.rpe!) : null;
  return {
    load: chooseLoad({ powerTss, runningTss, swimTss, hrss, sessionRpe: rpeLoad }),
    trimp,
    hrss,
    runningTss,
    swimTss,
    powerTss,
    sessionRpe: rated ? sessionRpe(extras.movingS, extras.rpe!) : null,
  };
}
