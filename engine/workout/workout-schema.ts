import { z } from 'zod';
import { isIsoDate } from '../plan/calendar-date.ts';
import type { PlannedWorkout, WorkoutStep } from './types.ts';

/**
 * The zod schema of a planned workout (types.ts), for every boundary that reads one back: the
 * plan document in the app, a plan file given to the CLI. A compile-time guard keeps it in step
 * with the types.
 */
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

export const plannedWorkoutSchema = z.object({
  id: z.string().min(1),
  date: z.string().refine(isIsoDate, { message: 'must be a date like 2027-04-18' }),
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

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const stepsMatch: Same<z.infer<typeof workoutStepSchema>, WorkoutStep> = true;
const workoutMatches: Same<z.infer<typeof plannedWorkoutSchema>, PlannedWorkout> = true;
export const schemaMatchesTypes = stepsMatch && workoutMatches;
