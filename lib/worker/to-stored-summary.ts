import type { Activity } from '@/engine/activity/types';
import type { ActivitySummary as EngineSummary } from '@/engine/analysis/analyze-activity';
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';

/** The objective summary the activities document keeps, from the engine's analysis. */
export function toStoredSummary(
  id: string,
  activity: Activity,
  analysis: EngineSummary,
  fileName: string | null,
): ActivitySummary {
  const split = ({
    index,
    distanceM,
    elapsedS,
    movingS,
    avgHr,
  }: EngineSummary['splits']['km'][number]) => ({
    index,
    distanceM,
    elapsedS,
    movingS,
    avgHr,
  });
  return {
    id,
    sport: analysis.sport,
    subSport: analysis.subSport,
    startTime: new Date(analysis.startTime).toISOString(),
    source: activity.source,
    device: activity.device,
    fileName,
    elapsedS: analysis.elapsedS,
    movingS: analysis.movingS,
    distanceM: analysis.distanceM,
    avgHr: analysis.avgHr,
    maxHr: analysis.maxHr,
    avgSpeedMps: analysis.avgSpeedMps,
    avgPowerW: analysis.avgPowerW,
    avgCadence: analysis.avgCadence,
    elevationGainM: analysis.elevationGainM,
    load: { value: analysis.load.value, method: analysis.load.method },
    trimp: analysis.trimp,
    efficiencyFactor: analysis.efficiencyFactor,
    decouplingPct: analysis.decouplingPct,
    laps: analysis.laps.map((lap) => ({
      startTime: lap.startTime,
      elapsedS: lap.elapsedS,
      movingS: lap.movingS,
      distanceM: lap.distanceM,
      avgHr: lap.avgHr,
    })),
    splits: {
      km: analysis.splits.km.map(split),
      mile: analysis.splits.mile.map(split),
      m500: analysis.splits.m500.map(split),
    },
  };
}
