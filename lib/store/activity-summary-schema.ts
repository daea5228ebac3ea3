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

/** What a load depends on apart from the athlete (engine/analysis/load-basis.ts). */
export const loadBasisSchema = z.object({
  seriesS: z.number().nonnegative(),
  hrBpm: z.array(z.number()),
  hrS: z.array(z.number()),
  gradedSpeedMps: nullableNumber,
  powerW: nullableNumber,
  ergPowerW: nullableNumber,
});

const swimLengthSchema = z.object({
  startOffsetS: z.number(),
  elapsedS: z.number().nonnegative(),
  active: z.boolean(),
  distanceM: z.number().nonnegative(),
  strokes: nullableNumber,
  stroke: z.string().nullable(),
});

export const storedSwimSchema = z.object({
  poolLengthM: nullableNumber,
  activeLengths: z.number().int().nonnegative(),
  restS: z.number().nonnegative(),
  strokes: nullableNumber,
  paceS100m: nullableNumber,
  swolf: nullableNumber,
  lengths: z.array(swimLengthSchema),
});

const deviceTotalsSchema = z.object({
  elapsedS: nullableNumber,
  timerS: nullableNumber,
  distanceM: nullableNumber,
  avgHr: nullableNumber,
  maxHr: nullableNumber,
  caloriesKcal: nullableNumber,
  avgPowerW: nullableNumber,
  ascentM: nullableNumber,
});

/**
 * What the file says and the import found, beside the computed figures. Every field is optional:
 * summaries written before they existed read without them.
 */
const fileFacts = {
  /** The file's own title ("Morning Hill Run"): the activity's name until the athlete renames it. */
  name: z.string().max(200).nullable().optional(),
  loadBasis: loadBasisSchema.optional(),
  /** The athlete's settings the import used (unset ones took the engine's defaults). */
  athleteInput: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  /** Pauses on the elapsed clock, so views can tell recorded time from standing still. */
  pauses: z.array(z.object({ startS: z.number(), endS: z.number() })).optional(),
  swim: storedSwimSchema.nullable().optional(),
  multisport: z
    .object({
      groupId: z.string().min(1),
      index: z.number().int().nonnegative(),
      count: z.number().int().positive(),
    })
    .nullable()
    .optional(),
  /** What the import repaired or left out, each with a sentence for the athlete. */
  importNotes: z
    .array(z.object({ type: z.string(), message: z.string(), count: z.number() }))
    .optional(),
  deviceTotals: deviceTotalsSchema.nullable().optional(),
  deviceDifferences: z
    .array(
      z.object({
        field: z.string(),
        computed: z.number(),
        device: z.number(),
        message: z.string(),
      }),
    )
    .optional(),
  maxSpeedMps: nullableNumber.optional(),
  normalizedPowerW: nullableNumber.optional(),
};

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
  ...fileFacts,
});

export type ActivitySummary = z.infer<typeof activitySummarySchema>;
export type SplitSummary = z.infer<typeof splitSchema>;

export type LoadBasisSummary = z.infer<typeof loadBasisSchema>;
export type StoredSwim = z.infer<typeof storedSwimSchema>;

/**
 * What the athlete says about it; per field, the latest edit wins. `title` and `sport` correct
 * what the file said (null: as recorded); `deletedAt` hides it until the deletion is final.
 */
export const activitySubjectiveSchema = z.object({
  rpe: z.number().int().min(1).max(10).nullable(),
  notes: z.string().max(10000),
  plannedWorkoutId: z.string().nullable(),
  title: z.string().trim().min(1).max(200).nullable(),
  sport: z.string().min(1).max(40).nullable(),
  deletedAt: z.iso.datetime({ offset: true }).nullable(),
});

export type ActivitySubjective = z.infer<typeof activitySubjectiveSchema>;

export const activitySubjectiveDefaults: ActivitySubjective = {
  rpe: null,
  notes: '',
  plannedWorkoutId: null,
  title: null,
  sport: null,
  deletedAt: null,
};
