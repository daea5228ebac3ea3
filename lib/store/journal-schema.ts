import { z } from 'zod';
import { JournalEntrySchema } from '@/engine/readiness/journal';

export const isoDateSchema = z.iso.date();

const entry = JournalEntrySchema.shape;

/**
 * One morning's check-in, in the engine's own vocabulary and ranges (the fields of a CLI journal
 * file). Every field is optional: missing inputs lower confidence, never block. The note may be
 * longer on the device than the engine reads; the engine is given its first 2000 characters.
 */
export const journalDaySchema = z.object({
  sleepHours: entry.sleepHours.unwrap(),
  sleepQuality: entry.sleepQuality.unwrap(),
  rmssdMs: entry.rmssdMs.unwrap(),
  restingHrBpm: entry.restingHrBpm.unwrap(),
  soreness: entry.soreness.unwrap(),
  mood: entry.mood.unwrap(),
  stress: entry.stress.unwrap(),
  note: z.string().max(5000),
});

export type JournalDay = z.infer<typeof journalDaySchema>;
export type JournalDayField = keyof JournalDay;

export const journalDayDefaults: JournalDay = {
  sleepHours: null,
  sleepQuality: null,
  rmssdMs: null,
  restingHrBpm: null,
  soreness: null,
  mood: null,
  stress: null,
  note: '',
};

export const fuelEntrySchema = z.object({
  date: isoDateSchema,
  carbsG: z.number().min(0).max(2000).nullable(),
  fluidMl: z.number().min(0).max(20000).nullable(),
  sodiumMg: z.number().min(0).max(20000).nullable(),
  note: z.string().max(2000),
});

export type FuelEntry = z.infer<typeof fuelEntrySchema>;
