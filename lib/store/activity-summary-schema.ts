import { z } from 'zod';

const nullableNumber = z.number().nullable();

export const splitSchema = z.object({
  index: z.number().int().positive(),
  /** Length of this split in metres; the last one may be shorter than a full split. */
  distanceM: z.number().nonnegative(),
  elapsedS: z.number().nonnegative(),
  movingS: z.number().nonnegative(),
  avgHr: nullableNumber,
});

export const lapSummarySchema = z.object({
  startTime: z.string(),
  elapsedS: z.number().nonnegative(),
  movingS: z.number().nonnegative(),
  distanceM: z.number().nonnegative(),
  avgHr: nullableNumber,
});

/**
 * The objective facts of one activity, written once when it is imported or recorded and never
 * changed after (the engine computed them from the recording with the athlete's parameters then).
 */
export const activitySummarySchema = z.object({
  id: z.uuid(),
  sport: z.string().min(1),
  subSport: z.string().nullable(),
  startTime: z.iso.datetime({ offset: true }),
  source: z.string(),
  device: z.string().nullable(),
  fileName: z.string().nullable(),
  elapsedS: z.number().nonnegative(),
  movingS: z.number().nonnegative(),
  distanceM: z.number().nonnegative(),
  avgHr: nullableNumber,
  maxHr: nullableNumber,
  avgSpeedMps: nullableNumber,
  avgPowerW: nullableNumber,
  avgCadence: nullableNumber,
  elevationGainM: nullableNumber,
  load: z.object({ value: nullableNumber, method: z.string() }),
  trimp: nullableNumber,
  efficiencyFactor: nullableNumber,
  decouplingPct: nullableNumber,
  laps: z.array(lapSummarySchema),
  splits: z.object({
    km: z.array(splitSchema),
    mile: z.array(splitSchema),
    m500: z.array(splitSchema),
  }),
});

export type ActivitySummary = z.infer<typeof activitySummarySchema>;
export type SplitSummary = z.infer<typeof splitSchema>;

/** What the athlete says about it; per field, the latest edit wins. */
export const activitySubjectiveSchema = z.object({
  rpe: z.number().int().min(1).max(10).nullable(),
  notes: z.string().max(10000),
  plannedWorkoutId: z.string().nullable(),
});

export type ActivitySubjective = z.infer<typeof activitySubjectiveSchema>;

export const activitySubjectiveDefaults: ActivitySubjective = {
  rpe: null,
  notes: '',
  plannedWorkoutId: null,
};
