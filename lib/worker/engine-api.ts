import type { AthleteInput } from '@/engine/activity/athlete';
import type { Activity } from '@/engine/activity/types';
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
import { importActivity, type ImportError } from '@/engine/formats/import-activity';
import type { DeviceTotals, ImportNote, MultisportLeg } from '@/engine/activity/types';
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
import type { ActivitySummary } from '@/lib/store/activity-summary-schema';
import { packOriginalFile, type OriginalFile } from '@/lib/store/original-file';
import { streamsToColumns, type StreamColumns } from '@/lib/store/stream-columns';
import { summarizeActivity, type AthleteError, type SummaryResult } from './summarize-activity';

/** One activity of an imported file, with what the importer repaired and the device's totals. */
export type ImportedActivity = {
  summary: ActivitySummary;
  columns: StreamColumns;
  notes: ImportNote[];
  /** Set on each leg of a multisport file (triathlon, …): the legs share its `groupId`. */
  multisport: MultisportLeg | null;
  deviceTotals: DeviceTotals | null;
  /** Beat-to-beat intervals the file carries (FIT HRV messages), for the session's HRV. */
  rrIntervalsMs: Float32Array | null;
};

export type ImportedFile =
  | {
      ok: true;
      activities: ImportedActivity[];
      /** The file itself, compressed, kept once beside the first leg's streams. */
      original: OriginalFile | null;
    }
  | { ok: false; error: ImportError | AthleteError };

/**
 * The engine as the app's worker exposes it. Everything here is plain data in and out, so it runs
 * the same in Node tests; the worker file only exposes it over Comlink (and transfers buffers).
 */
export const engineApi = {
  /**
   * Bytes of a FIT, GPX or TCX file to its analyzed activities (one per leg of a multisport file)
   * with their streams as binary columns. "Now", for the importer's date checks, is this device's
   * clock.
   */
  importFile(bytes: Uint8Array, fileName: string | null, athleteInput: AthleteInput): ImportedFile {
    const imported = importActivity(bytes, { fileName: fileName ?? undefined, nowMs: Date.now() });
    if (!imported.ok) return imported;
    const activities: ImportedActivity[] = [];
    for (const activity of imported.activities) {
      const result = summarizeActivity(activity, crypto.randomUUID(), fileName, athleteInput);
      if (!result.ok) return result;
      activities.push({
        summary: result.summary,
        columns: streamsToColumns(activity.streams),
        notes: activity.notes ?? [],
        multisport: activity.multisport ?? null,
        deviceTotals: activity.deviceTotals ?? null,
        rrIntervalsMs: activity.rrIntervalsMs ?? null,
      });
    }
    // Compressed here, off the page: the original is kept beside the streams.
    const source = imported.activities[0]?.source ?? '';
    const original = packOriginalFile(bytes, fileName ?? '', source);
    return { ok: true, activities, original };
  },

  /**
   * An activity already in memory (a finished recording) to its stored summary, by the same
   * analysis as an import; a typed error when the athlete's settings do not fit together.
   */
  summarizeActivity(
    activity: Activity,
    id: string,
    fileName: string | null,
    athleteInput: AthleteInput,
  ): SummaryResult {
    return summarizeActivity(activity, id, fileName, athleteInput);
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
