import type { Athlete } from '../activity/athlete.ts';
import { activeIntervalsS } from '../activity/pauses.ts';
import type { Activity, DeviceTotals } from '../activity/types.ts';
import { aerobicDecoupling, type Decoupling } from '../efficiency/aerobic-decoupling.ts';
import { efficiencyFactor } from '../efficiency/efficiency-factor.ts';
import type { Load } from '../load/choose-load.ts';
import { caloriesPerHour } from '../rowing/concept2.ts';
import {
  METERS_PER_KM,
  METERS_PER_MILE,
  paceS500m,
  paceSPerKm,
  paceSPerMile,
  ROWING_SPLIT_M,
} from '../units/pace.ts';
import { activityLoad } from './activity-load.ts';
import type { LoadBasis } from './load-basis.ts';
import { compareWithDevice, type DeviceDifference } from './device-comparison.ts';
import { swimSummary, type SwimSummary } from './swim-summary.ts';
import { activityZones, type ActivityZones } from './activity-zones.ts';
import { elevationGainM } from './elevation-gain.ts';
import { lapSummaries, type LapSummary } from './lap-summaries.ts';
import { movingIntervalsS } from './moving-time.ts';
import { outputStreams } from './output-streams.ts';
import { splitsByDistance, type Split } from './splits.ts';
import { hasAny, lastPresent, maxOf, total, weightedMean } from './stream-stats.ts';
import { isCycling, isRowing, isRunningLike, isSwimming } from './sport-family.ts';

export type RowingSummary = {
  avgSplitS500m: number | null;
  avgPowerW: number | null;
  /** Concept2 monitor calories (its 79.5 kg reference rower, 300 kcal/h resting baseline). */
  caloriesKcal: number | null;
};

export type ActivitySummary = {
  sport: string;
  subSport: string | null;
  startTime: string;
  elapsedS: number;
  /** Recorded time with pauses removed. */
  recordedS: number;
  movingS: number;
  distanceM: number;
  avgHr: number | null;
  maxHr: number | null;
  avgSpeedMps: number | null;
  maxSpeedMps: number | null;
  pace: { perKmS: number | null; perMileS: number | null; per500mS: number | null };
  avgPowerW: number | null;
  maxPowerW: number | null;
  normalizedPowerW: number | null;
  avgCadence: number | null;
  elevationGainM: number;
  gradeAdjustedSpeedMps: number | null;
  normalizedGradedSpeedMps: number | null;
  laps: LapSummary[];
  splits: { km: Split[]; mile: Split[]; m500: Split[] };
  zones: ActivityZones;
  load: Load;
  /** What the load depends on apart from the athlete, to recompute it when thresholds change. */
  loadBasis: LoadBasis;
  trimp: number | null;
  hrss: number | null;
  runningTss: number | null;
  swimTss: number | null;
  powerTss: number | null;
  /** (m/min)/bpm of grade-adjusted speed for running; W/bpm for rowing; (m/min)/bpm otherwise. */
  efficiencyFactor: number | null;
  /**
   * Pa:HR (grade-adjusted speed) or Pw:HR (watts: rowing, and cycling with power) after the
   * warm-up, reference window against the rest; positive = heart rate drifted up (Friel sign).
   * Null when the effort is not suitable (`decoupling.reason` says why).
   */
  decouplingPct: number | null;
  decoupling: Decoupling;
  rowing: RowingSummary | null;
  swim: SwimSummary | null;
  /** The device's own totals, kept beside the figures computed here. */
  deviceTotals: DeviceTotals | null;
  /** Figures where the device's totals and the samples disagree beyond tolerance. */
  deviceDifferences: DeviceDifference[];
};

const M_PER_MIN_PER_MPS = 60;

function rowingSummary(
  power: ArrayLike<number> | null,
  avgSpeedMps: number | null,
  recordedS: Float64Array,
): RowingSummary {
  let calories: number | null = null;
  if (power) {
    calories = 0;
    for (let i = 0; i < recordedS.length; i++) {
      const w = power[i]!;
      if (w >= 0) calories += (caloriesPerHour(w) * recordedS[i]!) / 3600;
    }
  }
  return {
    avgSplitS500m: avgSpeedMps === null ? null : paceS500m(avgSpeedMps),
    avgPowerW: power ? weightedMean(power, recordedS) : null,
    caloriesKcal: calories,
  };
}

/** Everything we report about one activity, for one athlete's parameters. */
export function analyzeActivity(activity: Activity, athlete: Athlete): ActivitySummary {
  const s = activity.streams;
  const recordedS = activeIntervalsS(s.timeS, activity.pauses);
  const movingS = movingIntervalsS(recordedS, s.speedMps, s.timeS, s.distanceM);
  const movingTotalS = total(movingS);
  const distanceM = lastPresent(s.distanceM) ?? 0;
  const outputs = outputStreams(activity);
  const loads = activityLoad(activity, athlete, recordedS, {
    distanceM,
    movingS: movingTotalS,
  });
  const avgSpeedMps = hasAny(s.distanceM) && movingTotalS > 0 ? distanceM / movingTotalS : null;
  const avgHr = weightedMean(s.heartRateBpm, recordedS, true);
  const rowing = isRowing(activity.sport);
  const efficiencyOutput = rowing && outputs.powerW ? outputs.powerW : outputs.gapSpeedMps;
  const efficiencyScale = rowing && outputs.powerW ? 1 : M_PER_MIN_PER_MPS;
  const meanOutput = weightedMean(efficiencyOutput, movingS);
  const movingHr = weightedMean(s.heartRateBpm, movingS, true);
  // Pw:HR on the bike when it has power: its speed follows wind and slope, not the rider's effort.
  const decouplingOutput =
    isCycling(activity.sport) && outputs.powerW ? outputs.powerW : efficiencyOutput;
  const decoupling = aerobicDecoupling(decouplingOutput, s.heartRateBpm, movingS);
  const gapMean = isRunningLike(activity.sport) ? weightedMean(outputs.gapSpeedMps, movingS) : null;

  return {
    sport: activity.sport,
    subSport: activity.subSport,
    startTime: activity.startTime,
    elapsedS: s.timeS[s.timeS.length - 1] ?? 0,
    recordedS: total(recordedS),
    movingS: movingTotalS,
    distanceM,
    avgHr,
    maxHr: maxOf(s.heartRateBpm),
    avgSpeedMps,
    maxSpeedMps: maxOf(s.speedMps),
    pace: {
      perKmS: avgSpeedMps === null ? null : paceSPerKm(avgSpeedMps),
      perMileS: avgSpeedMps === null ? null : paceSPerMile(avgSpeedMps),
      per500mS: avgSpeedMps === null ? null : paceS500m(avgSpeedMps),
    },
    avgPowerW: hasAny(s.powerW) ? weightedMean(s.powerW, recordedS) : null,
    maxPowerW: maxOf(s.powerW),
    normalizedPowerW: loads.normalizedPowerW,
    avgCadence: weightedMean(s.cadence, movingS, true),
    elevationGainM: elevationGainM(s.altitudeM),
    gradeAdjustedSpeedMps: gapMean,
    normalizedGradedSpeedMps: loads.normalizedGradedSpeedMps,
    laps: lapSummaries(activity, movingS, recordedS),
    splits: {
      km: splitsByDistance(s.timeS, s.distanceM, s.heartRateBpm, movingS, METERS_PER_KM),
      mile: splitsByDistance(s.timeS, s.distanceM, s.heartRateBpm, movingS, METERS_PER_MILE),
      m500: splitsByDistance(s.timeS, s.distanceM, s.heartRateBpm, movingS, ROWING_SPLIT_M),
    },
    zones: activityZones(activity, athlete, recordedS),
    load: loads.load,
    loadBasis: loads.basis,
    trimp: loads.trimp,
    hrss: loads.hrss,
    runningTss: loads.runningTss,
    swimTss: loads.swimTss,
    powerTss: loads.powerTss,
    efficiencyFactor:
      meanOutput === null || movingHr === null
        ? null
        : efficiencyFactor(meanOutput * efficiencyScale, movingHr),
    decouplingPct: decoupling.pct,
    decoupling,
    rowing: rowing ? rowingSummary(outputs.powerW, avgSpeedMps, recordedS) : null,
    swim: isSwimming(activity.sport) ? swimSummary(activity, distanceM, movingTotalS) : null,
    deviceTotals: activity.deviceTotals ?? null,
    deviceDifferences: compareWithDevice(
      { distanceM, recordedS: total(recordedS), avgHr },
      activity.deviceTotals,
    ),
  };
}
