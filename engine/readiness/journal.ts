import { z } from 'zod';
import { isIsoDate } from '../plan/calendar-date.ts';

/**
 * The daily journal: one optional morning check-in per date. Every field but the date may be left
 * out; readiness and insights use whatever is there and say what they were built from.
 * Scales: sleepQuality, mood 1 (poor) – 5 (great); soreness, stress 1 (none) – 5 (a lot).
 */
const scale = z.number().int().min(1).max(5).nullish();

export const JournalEntrySchema = z
  .object({
    date: z.string().refine(isIsoDate, { message: 'must be a date like 2027-04-18' }),
    /** Morning HRV as rMSSD in milliseconds (what HRV4Training, Elite HRV and most straps report). */
    rmssdMs: z.number().positive().max(400).nullish(),
    restingHrBpm: z.number().min(25).max(150).nullish(),
    sleepHours: z.number().min(0).max(24).nullish(),
    sleepQuality: scale,
    soreness: scale,
    mood: scale,
    stress: scale,
    /** Carbohydrate eaten around training that day, grams. */
    carbsG: z.number().min(0).max(3000).nullish(),
    /** How hard the day's main session felt, Borg CR-10 (0 rest – 10 maximal). */
    rpe: z.number().min(0).max(10).nullish(),
    /** That day's training load (TSS-like points) when it is not computed from activity files. */
    trainingLoad: z.number().min(0).max(3000).nullish(),
    note: z.string().max(2000).nullish(),
  })
  .strict();

export const JournalSchema = z
  .object({ version: z.literal(1), entries: z.array(JournalEntrySchema) })
  .strict()
  .superRefine((journal, ctx) => {
    const seen = new Set<string>();
    journal.entries.forEach((e, i) => {
      if (seen.has(e.date)) {
        ctx.addIssue({
          code: 'custom',
          message: `${e.date} appears twice`,
          path: ['entries', i, 'date'],
        });
      }
      seen.add(e.date);
    });
  });

export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type Journal = z.infer<typeof JournalSchema>;

/** The first problem in a journal as one readable line ("entries.3.soreness: …"). */
export function journalProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the journal is not valid';
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
