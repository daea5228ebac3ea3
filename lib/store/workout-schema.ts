import { z } from 'zod';
import type { PlannedWorkout } from '@/engine/workout/types';
import { isoDateSchema } from './journal-schema';

/** One definition of a workout, the engine's, for the plan document and the CLI alike. */
export {
  plannedWorkoutSchema,
  workoutStepSchema,
  schemaMatchesTypes as schemaMatchesEngine,
} from '@/engine/workout/workout-schema';

export const workoutStatusSchema = z.enum(['planned', 'done', 'skipped']);
export type WorkoutStatus = z.infer<typeof workoutStatusSchema>;

/**
 * Who locked a workout by editing it. Adaptation never touches either; the plan says "you set
 * this" or "your coach set this". Nothing writes 'coach' yet: coaching arrives with shared plans.
 */
export const lockedBySchema = z.enum(['athlete', 'coach']);
export type LockedBy = z.infer<typeof lockedBySchema>;

/** A workout as the plan document holds it: the engine's shape plus what the athlete adds. */
export type StoredWorkout = PlannedWorkout & {
  status: WorkoutStatus;
  notes: string;
  /** The activity that did this workout, when marking it done found one. */
  activityId: string | null;
  lockedBy: LockedBy;
};

const assumptionSchema = z.object({
  field: z.string(),
  value: z.union([z.number(), z.string()]).nullable(),
  text: z.string(),
});

const feasibilitySchema = z.object({
  status: z.enum(['realistic', 'stretch', 'unrealistic']),
  availableWeeks: z.number(),
  neededWeeks: z.number().nullable(),
  summary: z.string(),
  changes: z.array(z.string()),
});

const paceBasisSchema = z.object({
  vdot: z.number().positive().nullable(),
  split2kS500m: z.number().positive().nullable(),
});
export type StoredPaceBasis = z.infer<typeof paceBasisSchema>;

/**
 * The plan's own facts. Fields added after the first release (warnings onward) read as their
 * defaults in older plans, so a plan made before them still opens.
 */
export const planMetaSchema = z.object({
  title: z.string(),
  sport: z.enum(['run', 'row']),
  goal: z.string(),
  raceDate: isoDateSchema.nullable(),
  createdAt: z.string(),
  /** What the athlete should know before following it (a stretch goal, days too short). */
  warnings: z.array(z.string()),
  /** Every default or estimate the plan rests on, said out loud. */
  assumptions: z.array(assumptionSchema),
  feasibility: feasibilitySchema.nullable(),
  /** The paces the targets come from; an accepted new result replaces it. */
  paceBasis: paceBasisSchema,
});
export type PlanMeta = z.infer<typeof planMetaSchema>;
export type PlanAssumption = z.infer<typeof assumptionSchema>;
export type PlanFeasibility = z.infer<typeof feasibilitySchema>;

export const planMetaDefaults: PlanMeta = {
  title: 'Training plan',
  sport: 'run',
  goal: 'general',
  raceDate: null,
  createdAt: '',
  warnings: [],
  assumptions: [],
  feasibility: null,
  paceBasis: { vdot: null, split2kS500m: null },
};

export const planWeekSchema = z.object({
  start: isoDateSchema,
  phase: z.string(),
  plannedMinutes: z.number().nonnegative(),
  /** A step-back week; absent in plans made before it was stored. */
  lighter: z.boolean().optional(),
});
export type PlanWeek = z.infer<typeof planWeekSchema>;

/** A race or test result the athlete entered, for adaptation to update the paces from. */
export const raceResultSchema = z.object({
  date: isoDateSchema,
  distanceM: z.number().min(100).max(100_000),
  timeS: z.number().min(10).max(86_400),
});
export type StoredRaceResult = z.infer<typeof raceResultSchema>;
