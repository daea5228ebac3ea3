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

/** A workout as the plan document holds it: the engine's shape plus what the athlete adds. */
export type StoredWorkout = PlannedWorkout & { status: WorkoutStatus; notes: string };

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
