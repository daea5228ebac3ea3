/**
 * The one way an activity becomes the summary `<a>/activities` keeps, for imported files and
 * recordings alike: the athlete's settings checked (a typed error, not a throw, when they do not
 * fit together), the engine's analysis, and its figures reduced to the store's schema.
 */
import { resolveAthlete, type AthleteInput } from '@/engine/activity/athlete';
import type { Activity } from '@/engine/activity/types';
import {
  analyzeActivity,
  type ActivitySummary as EngineSummary,
} from '@/engine/analysis/analyze-activity';
import { activitySummarySchema, type ActivitySummary } from '@/lib/store/activity-summary-schema';

export type AthleteError = { type: 'InvalidAthlete'; message: string };

export type SummaryResult =
  { ok: true; summary: ActivitySummary } | { ok: false; error: AthleteError };

/** Turns the athlete's parameters into the engine's, as a typed value instead of a throw. */
function athleteOrError(input: AthleteInput) {
  try {
    return { ok: true as const, athlete: resolveAthlete(input) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false as const,
      error: {
        type: 'InvalidAthlete' as const,
        message: `Your heart-rate or pace settings do not fit together (${message}). Check them in Settings.`,
      },
    };
  }
}

export function summarizeActivity(
  activity: Activity,
  id: string,
  fileName: string | null,
  athleteInput: AthleteInput,
): SummaryResult {
  const athlete = athleteOrError(athleteInput);
  if (!athlete.ok) return athlete;
  const analysis = analyzeActivity(activity, athlete.athlete);
  const summary = activitySummarySchema.parse({
    ...toStoredSummary(id, activity, analysis, fileName),
    ...fileFacts(activity, analysis, athleteInput),
  });
  return { ok: true, summary };
}

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

function toStoredSummary(
  id: string,
  activity: Activity,
  analysis: EngineSummary,
  fileName: string | null,
): ActivitySummary {
  // Climb is unknown, not zero, for an activity with no altitude (an erg, a treadmill).
  const hasAltitude = activity.streams.altitudeM.some(Number.isFinite);
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
    elevationGainM: hasAltitude ? analysis.elevationGainM : null,
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

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** What the file says beside the figures, and what the load needs to be recomputed later. */
function fileFacts(
  activity: Activity,
  analysis: EngineSummary,
  athleteInput: AthleteInput,
): Partial<ActivitySummary> {
  const swim = analysis.swim;
  return {
    name: activity.name ?? null,
    loadBasis: analysis.loadBasis,
    athleteInput: Object.fromEntries(
      Object.entries(athleteInput).filter(
        ([, v]) => typeof v === 'number' || typeof v === 'string',
      ),
    ) as Record<string, number | string>,
    pauses: activity.pauses.map((p) => ({ startS: round(p.startS, 3), endS: round(p.endS, 3) })),
    swim: swim && {
      ...swim,
      lengths: (activity.swim?.lengths ?? []).map((l) => ({ ...l })),
    },
    multisport: activity.multisport ?? null,
    importNotes: (activity.notes ?? []).map(({ type, message, count }) => ({
      type,
      message,
      count,
    })),
    deviceTotals: analysis.deviceTotals,
    deviceDifferences: analysis.deviceDifferences.map((d) => ({ ...d })),
    maxSpeedMps: analysis.maxSpeedMps,
    normalizedPowerW: analysis.normalizedPowerW,
  };
}
