/**
 * The summary a recorded (or hand-entered) session puts in `<a>/activities`: the engine's
 * analysis reduced to the store's summary schema.
 */
import { resolveAthlete } from '../../../engine/activity/athlete';
import type { Activity } from '../../../engine/activity/types';
import { analyzeActivity } from '../../../engine/analysis/analyze-activity';
import type { ActivitySummary } from '../../store/activity-summary-schema';
import type { Profile } from '../../store/profile-schema';

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

export function athleteFromProfile(profile: Profile) {
  return resolveAthlete({
    maxHr: orUndefined(profile.maxHrBpm),
    restHr: orUndefined(profile.restHrBpm),
    lthr: orUndefined(profile.lthrBpm),
    sex: profile.sex === 'female' ? 'female' : profile.sex === 'male' ? 'male' : undefined,
    thresholdPaceSPerKm: orUndefined(profile.thresholdPaceSPerKm),
    best2kS: orUndefined(profile.best2kS),
  });
}

export function summarizeRecording(
  id: string,
  activity: Activity,
  profile: Profile,
): ActivitySummary {
  const a = analyzeActivity(activity, athleteFromProfile(profile));
  const hasAltitude = activity.streams.altitudeM.some(Number.isFinite);
  return {
    id,
    sport: activity.sport,
    subSport: activity.subSport,
    startTime: activity.startTime,
    source: activity.source,
    device: activity.device,
    fileName: null,
    elapsedS: a.elapsedS,
    movingS: a.movingS,
    distanceM: a.distanceM,
    avgHr: a.avgHr,
    maxHr: a.maxHr,
    avgSpeedMps: a.avgSpeedMps,
    avgPowerW: a.avgPowerW,
    avgCadence: a.avgCadence,
    elevationGainM: hasAltitude ? a.elevationGainM : null,
    load: { value: a.load.value, method: a.load.method },
    trimp: a.trimp,
    efficiencyFactor: a.efficiencyFactor,
    decouplingPct: a.decouplingPct,
    laps: a.laps.map((l) => ({
      startTime: l.startTime,
      elapsedS: l.elapsedS,
      movingS: l.movingS,
      distanceM: l.distanceM,
      avgHr: l.avgHr,
    })),
    splits: { km: a.splits.km, mile: a.splits.mile, m500: a.splits.m500 },
  };
}
