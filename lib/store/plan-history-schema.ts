import { z } from 'zod';

/** The person making an edit: the account's athlete id and the name others see. */
export const authorSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120),
});
export type Author = z.infer<typeof authorSchema>;

/** Who did something to a workout, and when (ISO time). */
export const attributionSchema = z.object({
  authorId: z.string().min(1),
  authorName: z.string(),
  at: z.string(),
});
export type Attribution = z.infer<typeof attributionSchema>;

/** One field one person changed, as recorded in the plan document with the change itself. */
export const historyEntrySchema = attributionSchema.extend({
  id: z.string().min(1),
  workoutId: z.string().min(1),
  field: z.string().min(1),
  from: z.unknown(),
  to: z.unknown(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export type WorkoutAttribution = { lastEdit: Attribution | null; lockedBy: Attribution | null };
