/**
 * The workouts a PM5 can be programmed with, as the app names them, and their one normal form
 * (pieces with a unit, a rest, a split and a target pace) that both the limit check and the
 * command encoder read.
 *
 * Shapes (DEVICES-RESEARCH.md §1.5, §2.3): Just Row (time or distance splits); one piece of time,
 * distance or calories (optionally split, with a target pace); intervals of one repeated piece,
 * open-ended (the PM repeats it until terminated) or counted; variable intervals, each piece with
 * its own length, rest, split and target pace. Objects are strict: a key the PM5 would not get
 * (a misspelt pace, say) is refused, never dropped.
 */
import { z } from 'zod';

const positive = z.number().positive().finite();
const restS = z.number().min(0).finite();
const count = z.number().int().min(1);
/** Target pace in seconds per 500 m (SET_TARGETPACETIME, 0.01 s units). */
const targetPaceS500m = positive.optional();

export const pmLengthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time'), durationS: positive }).strict(),
  z.object({ kind: z.literal('distance'), distanceM: positive }).strict(),
  z.object({ kind: z.literal('calories'), calories: positive }).strict(),
]);

export type PmLength = z.infer<typeof pmLengthSchema>;

const variableInterval = z
  .object({
    work: pmLengthSchema,
    restS,
    /** Split length in the work's own unit (s, m or cal). */
    split: positive.optional(),
    targetPaceS500m,
  })
  .strict();

export const pmWorkoutSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('just-row'),
      splitS: positive.optional(),
      splitM: positive.optional(),
    })
    .strict()
    .refine((w) => w.splitS === undefined || w.splitM === undefined, {
      message: 'Just Row splits by time or by distance, not both',
    }),
  z
    .object({
      kind: z.literal('distance'),
      distanceM: positive,
      splitM: positive.optional(),
      targetPaceS500m,
    })
    .strict(),
  z
    .object({
      kind: z.literal('time'),
      durationS: positive,
      splitS: positive.optional(),
      targetPaceS500m,
    })
    .strict(),
  z
    .object({
      kind: z.literal('calories'),
      calories: positive,
      splitCalories: positive.optional(),
      targetPaceS500m,
    })
    .strict(),
  z
    .object({
      kind: z.literal('distance-intervals'),
      distanceM: positive,
      restS,
      count: count.optional(),
      splitM: positive.optional(),
      targetPaceS500m,
    })
    .strict(),
  z
    .object({
      kind: z.literal('time-intervals'),
      durationS: positive,
      restS,
      count: count.optional(),
      splitS: positive.optional(),
      targetPaceS500m,
    })
    .strict(),
  z
    .object({
      kind: z.literal('calorie-intervals'),
      calories: positive,
      restS,
      count: count.optional(),
      splitCalories: positive.optional(),
      targetPaceS500m,
    })
    .strict(),
  z
    .object({ kind: z.literal('variable-intervals'), intervals: z.array(variableInterval).min(1) })
    .strict(),
]);

export type PmWorkout = z.infer<typeof pmWorkoutSchema>;

export type PmUnit = PmLength['kind'];

/** One piece in the PM's terms: its length, the rest after it, its split and target pace. */
export type PmPiece = {
  unit: PmUnit;
  value: number;
  restS: number;
  split: number | null;
  targetPaceS500m: number | null;
};

export type NormalPmWorkout =
  | { shape: 'just-row'; split: { unit: 'time' | 'distance'; value: number } | null }
  | { shape: 'single'; piece: PmPiece }
  /** One piece the PM repeats until the workout is terminated (FIXED*_INTERVAL). */
  | { shape: 'fixed'; piece: PmPiece }
  /** Pieces by index (VARIABLE_INTERVAL); `repeated` when they are one piece times a count. */
  | { shape: 'variable'; pieces: PmPiece[]; repeated: boolean };

const lengthValue = (l: PmLength): number =>
  l.kind === 'time' ? l.durationS : l.kind === 'distance' ? l.distanceM : l.calories;

function piece(
  unit: PmUnit,
  value: number,
  extra: { restS?: number; split?: number | undefined; targetPaceS500m?: number | undefined },
): PmPiece {
  return {
    unit,
    value,
    restS: extra.restS ?? 0,
    split: extra.split ?? null,
    targetPaceS500m: extra.targetPaceS500m ?? null,
  };
}

function intervals(p: PmPiece, n: number | undefined): NormalPmWorkout {
  return n === undefined
    ? { shape: 'fixed', piece: p }
    : { shape: 'variable', pieces: Array.from({ length: n }, () => p), repeated: true };
}

/** Parses (zod) and normalises a workout. Throws a ZodError on a malformed one. */
export function normalisePmWorkout(input: PmWorkout): NormalPmWorkout {
  const w = pmWorkoutSchema.parse(input);
  switch (w.kind) {
    case 'just-row': {
      if (w.splitS !== undefined)
        return { shape: 'just-row', split: { unit: 'time', value: w.splitS } };
      if (w.splitM !== undefined)
        return { shape: 'just-row', split: { unit: 'distance', value: w.splitM } };
      return { shape: 'just-row', split: null };
    }
    case 'distance':
      return { shape: 'single', piece: piece('distance', w.distanceM, { ...w, split: w.splitM }) };
    case 'time':
      return { shape: 'single', piece: piece('time', w.durationS, { ...w, split: w.splitS }) };
    case 'calories':
      return {
        shape: 'single',
        piece: piece('calories', w.calories, { ...w, split: w.splitCalories }),
      };
    case 'distance-intervals':
      return intervals(piece('distance', w.distanceM, { ...w, split: w.splitM }), w.count);
    case 'time-intervals':
      return intervals(piece('time', w.durationS, { ...w, split: w.splitS }), w.count);
    case 'calorie-intervals':
      return intervals(piece('calories', w.calories, { ...w, split: w.splitCalories }), w.count);
    case 'variable-intervals':
      return {
        shape: 'variable',
        repeated: false,
        pieces: w.intervals.map((i) => piece(i.work.kind, lengthValue(i.work), i)),
      };
  }
}
