import type { Activity } from '../engine/activity/types.ts';
import type { ActivitySummary } from '../engine/analysis/analyze-activity.ts';

/** The `analyze --json` object: the documented fields first, then the rest of the analysis. */
export function activityJson(summary: ActivitySummary, activity: Activity) {
  return {
    sport: summary.sport,
    subSport: summary.subSport,
    startTime: summary.startTime,
    elapsedS: summary.elapsedS,
    movingS: summary.movingS,
    distanceM: summary.distanceM,
    avgHr: summary.avgHr,
    maxHr: summary.maxHr,
    avgSpeedMps: summary.avgSpeedMps,
    avgPowerW: summary.avgPowerW,
    elevationGainM: summary.elevationGainM,
    laps: summary.laps,
    load: summary.load,
    trimp: summary.trimp,
    efficiencyFactor: summary.efficiencyFactor,
    decouplingPct: summary.decouplingPct,
    recordedS: summary.recordedS,
    pace: summary.pace,
    maxSpeedMps: summary.maxSpeedMps,
    maxPowerW: summary.maxPowerW,
    normalizedPowerW: summary.normalizedPowerW,
    avgCadence: summary.avgCadence,
    gradeAdjustedSpeedMps: summary.gradeAdjustedSpeedMps,
    normalizedGradedSpeedMps: summary.normalizedGradedSpeedMps,
    hrss: summary.hrss,
    runningTss: summary.runningTss,
    powerTss: summary.powerTss,
    decoupling: summary.decoupling,
    rowing: summary.rowing,
    splits: summary.splits,
    zones: summary.zones,
    multisport: activity.multisport ?? null,
    notes: activity.notes ?? [],
  };
}
