import { z } from 'zod';
import type { PlannedWorkout, WorkoutStep } from '@/engine/workout/types';
import { isoDateSchema } from './journal-schema';

const stepTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heartRateZone'),
    zone: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    minBpm: z.number().nullable(),
    maxBpm: z.number().nullable(),
  }),
  z.object({ kind: z.literal('pace'), fastestSPerKm: z.number(), slowestSPerKm: z.number() }),
  z.object({ kind: z.literal('split'), fastestS500m: z.number(), slowestS500m: z.number() }),
  z.object({ kind: z.literal('power'), minW: z.number(), maxW: z.number() }),
  z.object({ kind: z.literal('strokeRate'), minSpm: z.number(), maxSpm: z.number() }),
]);

const stepLengthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time'), durationS: z.number().positive() }),
  z.object({ kind: z.literal('distance'), distanceM: z.number().positive() }),
  z.object({ kind: z.literal('open') }),
]);

const simpleStepSchema = z.object({
  kind: z.enum(['warmUp', 'work', 'rest', 'coolDown']),
  length: stepLengthSchema,
  targets: z.array(stepTargetSchema),
  note: z.string().nullable(),
});

const repeatStepSchema = z.object({
  kind: z.literal('repeat'),
  count: z.number().int().positive(),
  steps: z.array(simpleStepSchema),
});

export const workoutStepSchema = z.union([simpleStepSchema, repeatStepSchema]);

export const workoutStatusSchema = z.enum(['planned', 'done', 'skipped']);
export type WorkoutStatus = z.infer<typeof workoutStatusSchema>;

export const plannedWorkoutSchema = z.object({
  id: z.string().min(1),
  date: isoDateSchema,
  sport: z.enum(['run', 'row']),
  type: z.enum(['recovery', 'easy', 'long', 'tempo', 'intervals', 'racePace', 'race']),
  title: z.string(),
  description: z.string(),
  durationMin: z.number().nonnegative(),
  steps: z.array(workoutStepSchema),
  plannedLoad: z.number().nonnegative(),
  key: z.boolean(),
  locked: z.boolean(),
});

/** A workout as the plan document holds it: the engine's shape plus what the athlete adds. */
export type StoredWorkout = PlannedWorkout & { status: WorkoutStatus; notes: string };

// Compile-time guard: the schema stays in step with the engine's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const stepsMatch: Same<z.infer<typeof workoutStepSchema>, WorkoutStep> = true;
const workoutMatches: Same<z.infer<typeof plannedWorkoutSchema>, PlannedWorkout> = true;
export const schemaMatchesEngine = stepsMatch && workoutMatches;

export const planMetaSchema = z.object({
  title: z.string(),
  sport: z.enum(['run', 'row']),
  goal: z.string(),
  raceDate: isoDateSchema.nullable(),
  createdAt: z.string(),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;

export const planMetaDefaults: PlanMeta = {
  title: 'Training plan',
  sport: 'run',
  goal: 'general',
  raceDate: null,
  createdAt: '',
};

export const planWeekSchema = z.object({
  start: isoDateSchema,
  phase: z.string(),
  plannedMinutes: z.number().nonnegative(),
});
export type PlanWeek = z.infer<typeof planWeekSchema>;
