import { resolveAthlete, type AthleteInput } from '@/engine/activity/athlete';
import { analyzeActivity } from '@/engine/analysis/analyze-activity';
import { whatsWorking, type Insights } from '@/engine/insights/whats-working';
import type { InsightActivity } from '@/engine/insights/insight-inputs';
import {
  adaptPlan,
  applyChanges,
  type AdaptInput,
  type Adaptation,
  type PlanChange,
} from '@/engine/plan/adapt-plan';
import type { JournalEntry } from '@/engine/readiness/journal';
import { readiness, type Readiness, type RecentLoad } from '@/engine/readiness/readiness-score';
import type { PlannedWorkout } from '@/engine/workout/types';
import { computePmc, pmcDays, type PmcDay } from '@/engine/fitness/pmc';
import type { FitnessSeed } from '@/engine/fitness/fitness-seed';
import { importActivity, type ImportError } from '@/engine/formats/import-activity';
import { currentWeeklyMinutes } from '@/engine/plan/current-volume';
import { guidanceStep } from '@/engine/guidance/guidance-step';
import type { GuidanceEvent, GuidanceSample, GuidanceState } from '@/engine/guidance/types';
import type { DoneActivity } from '@/engine/plan/match-activities';
import type { WorkoutSport } from '@/engine/workout/types';
import {
  generatePlan as generateEnginePlan,
  type PlanError,
  type TrainingPlan,
} from '@/engine/plan/generate-plan';
import { activitySummarySchema, type ActivitySummary } from '@/lib/store/activity-summary-schema';
import { streamsToColumns, type StreamColumns } from '@/lib/store/stream-columns';
import { toStoredSummary } from './to-stored-summary';

export type AthleteError = { type: 'InvalidAthlete'; message: string };

export type ImportedFile =
  | { ok: true; summary: ActivitySummary; columns: StreamColumns }
  | { ok: false; error: ImportError | AthleteError };

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

/**
 * The engine as the app's worker exposes it. Everything here is plain data in and out, so it runs
 * the same in Node tests; the worker file only exposes it over Comlink (and transfers buffers).
 */
export const engineApi = {
  /** Bytes of a FIT, GPX or TCX file to an analyzed activity with its streams as binary columns. */
  importFile(bytes: Uint8Array, fileName: string | null, athleteInput: AthleteInput): ImportedFile {
    const athlete = athleteOrError(athleteInput);
    if (!athlete.ok) return athlete;
    const imported = importActivity(bytes, fileName ?? undefined);
    if (!imported.ok) return imported;
    const analysis = analyzeActivity(imported.activity, athlete.athlete);
    const summary = activitySummarySchema.parse(
      toStoredSummary(crypto.randomUUID(), imported.activity, analysis, fileName),
    );
    return { ok: true, summary, columns: streamsToColumns(imported.activity.streams) };
  },

  /**
   * Fitness (CTL), fatigue (ATL), form (TSB) and the load ratio for consecutive days, one load
   * per day starting with the first; fitness and fatigue start from `seed` when given.
   */
  fitnessSeries(days: { date: string; load: number }[], seed: FitnessSeed | null = null): PmcDay[] {
    const first = days[0];
    if (!first) return [];
    return pmcDays(
      computePmc(
        first.date,
        days.map((d) => d.load),
        { seedCtl: seed?.ctl ?? 0, seedAtl: seed?.atl ?? 0 },
      ),
    );
  },

  readiness(entries: JournalEntry[], today: string, load: RecentLoad | null): Readiness {
    return readiness(entries, today, load);
  },

  /** Proposed changes to the coming days; locked workouts and the race are never touched. */
  adaptPlan(input: AdaptInput): Adaptation {
    return adaptPlan(input);
  },

  applyChanges(
    workouts: PlannedWorkout[],
    changes: PlanChange[],
    acceptedIds: string[],
  ): PlannedWorkout[] {
    return applyChanges(workouts, changes, new Set(acceptedIds));
  },

  insights(journal: JournalEntry[], activities: InsightActivity[]): Insights {
    return whatsWorking(journal, activities);
  },

  /** One step of live workout guidance: plain state in, plain state and events out. */
  guidanceStep(
    state: GuidanceState,
    sample: GuidanceSample,
  ): { state: GuidanceState; events: GuidanceEvent[] } {
    return guidanceStep(state, sample);
  },

  /** What the athlete trains now in a sport: mean weekly minutes of the 4 weeks before `today`. */
  currentWeeklyMinutes(done: DoneActivity[], sport: WorkoutSport, today: string): number | null {
    return currentWeeklyMinutes(done, sport, today);
  },

  generatePlan(
    request: unknown,
  ): { ok: true; plan: TrainingPlan } | { ok: false; error: PlanError } {
    return generateEnginePlan(request);
  },
};

export type EngineApi = typeof engineApi;
