import { z } from 'zod';

/** A 1–5 self-rating (1 = very low, 5 = very high). */
const rating = z.number().int().min(1).max(5).nullable();

export const isoDateSchema = z.iso.date();

/** One morning's check-in. Every field is optional: missing inputs lower confidence, never block. */
export const journalDaySchema = z.object({
  sleepH: z.number().min(0).max(24).nullable(),
  sleepQuality: rating,
  /** Morning HRV as rMSSD, milliseconds. */
  hrvRmssdMs: z.number().min(1).max(300).nullable(),
  restingHrBpm: z.number().int().min(25).max(120).nullable(),
  soreness: rating,
  mood: rating,
  stress: rating,
  note: z.string().max(5000),
});

export type JournalDay = z.infer<typeof journalDaySchema>;
export type JournalDayField = keyof JournalDay;

export const journalDayDefaults: JournalDay = {
  sleepH: null,
  sleepQuality: null,
  hrvRmssdMs: null,
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
