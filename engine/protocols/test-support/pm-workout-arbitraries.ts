/**
 * fast-check generators for every PM5 workout shape, each within the PM5's limits
 * (csafe/pm5-limits.ts), for round-trip tests of the encoder against the virtual PM5.
 */
import fc from 'fast-check';
import type { PmLength, PmUnit, PmWorkout } from '../csafe/pm-workout.ts';
import { PM5_LIMITS as L } from '../csafe/pm5-limits.ts';

const MAX: Record<PmUnit, number> = {
  time: L.timeBelowS - 1,
  distance: L.distanceMaxM,
  calories: L.caloriesMax,
};
const MIN: Record<PmUnit, number> = {
  time: L.timeMinS,
  distance: L.distanceMinM,
  calories: L.caloriesMin,
};

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const restS = fc.integer({ min: 0, max: L.restMaxS });
export const targetPaceS500m = optional(fc.integer({ min: 600, max: 5999 }).map((ds) => ds / 10));
const count = optional(fc.integer({ min: 1, max: L.intervalsMax }));

/** A piece length of the unit, and maybe a split of it that keeps to 50 splits at most. */
function lengthAndSplit(unit: PmUnit, max = MAX[unit]) {
  return fc.integer({ min: MIN[unit], max }).chain((value) => {
    const most = Math.min(L.splitsMax, Math.floor(value / L.splitMin[unit]));
    const split = fc.integer({ min: 1, max: most }).map((n) => Math.ceil(value / n));
    return fc.record({ value: fc.constant(value), split: optional(split) });
  });
}

function lengthOf(unit: PmUnit, value: number): PmLength {
  if (unit === 'time') return { kind: 'time', durationS: value };
  if (unit === 'distance') return { kind: 'distance', distanceM: value };
  return { kind: 'calories', calories: value };
}

const justRow: fc.Arbitrary<PmWorkout> = fc.oneof(
  fc.record({ kind: fc.constant('just-row' as const) }),
  fc.record({ kind: fc.constant('just-row' as const), splitS: fc.integer({ min: 20, max: 3600 }) }),
  fc.record({
    kind: fc.constant('just-row' as const),
    splitM: fc.integer({ min: 100, max: 10_000 }),
  }),
);

const single: fc.Arbitrary<PmWorkout> = fc.oneof(
  fc.tuple(lengthAndSplit('distance'), targetPaceS500m).map(([l, pace]) => ({
    kind: 'distance' as const,
    distanceM: l.value,
    splitM: l.split,
    targetPaceS500m: pace,
  })),
  fc.tuple(lengthAndSplit('time'), targetPaceS500m).map(([l, pace]) => ({
    kind: 'time' as const,
    durationS: l.value,
    splitS: l.split,
    targetPaceS500m: pace,
  })),
  fc.tuple(lengthAndSplit('calories'), targetPaceS500m).map(([l, pace]) => ({
    kind: 'calories' as const,
    calories: l.value,
    splitCalories: l.split,
    targetPaceS500m: pace,
  })),
);

const repeated: fc.Arbitrary<PmWorkout> = fc.oneof(
  fc.tuple(lengthAndSplit('distance'), restS, count, targetPaceS500m).map(([l, r, n, p]) => ({
    kind: 'distance-intervals' as const,
    distanceM: l.value,
    splitM: l.split,
    restS: r,
    count: n,
    targetPaceS500m: p,
  })),
  fc
    .tuple(lengthAndSplit('time', L.fixedIntervalTimeMaxS), restS, count, targetPaceS500m)
    .map(([l, r, n, p]) => ({
      kind: 'time-intervals' as const,
      durationS: l.value,
      splitS: l.split,
      restS: r,
      count: n,
      targetPaceS500m: p,
    })),
  fc.tuple(lengthAndSplit('calories'), restS, count, targetPaceS500m).map(([l, r, n, p]) => ({
    kind: 'calorie-intervals' as const,
    calories: l.value,
    splitCalories: l.split,
    restS: r,
    count: n,
    targetPaceS500m: p,
  })),
);

const unit = fc.constantFrom<PmUnit>('time', 'distance', 'calories');

export const variableInterval = unit.chain((u) =>
  fc.tuple(lengthAndSplit(u), restS, targetPaceS500m).map(([l, r, p]) => ({
    work: lengthOf(u, l.value),
    restS: r,
    split: l.split,
    targetPaceS500m: p,
  })),
);

const variable: fc.Arbitrary<PmWorkout> = fc
  .array(variableInterval, { minLength: 1, maxLength: L.intervalsMax })
  .map((intervals) => ({ kind: 'variable-intervals' as const, intervals }));

/** Any workout a PM5 can hold. */
export const pmWorkoutWithinLimits: fc.Arbitrary<PmWorkout> = fc.oneof(
  justRow,
  single,
  repeated,
  variable,
);
