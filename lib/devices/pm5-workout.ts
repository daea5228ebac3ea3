/**
 * Which planned rowing workouts the PM5 can run itself, and as what. The monitor knows single
 * pieces and fixed intervals with rest (DEVICES-RESEARCH §2.3); a plan step sequence that is one
 * timed or measured piece, or one repeat of equal work plus rest, maps onto those. Anything more
 * varied is followed with on-screen guidance while the PM5 just rows.
 */
import type { PmWorkout } from '../../engine/protocols/csafe/workout-program';
import type { PlannedWorkout, SimpleStep, WorkoutStep } from '../../engine/workout/types';

const isWork = (s: SimpleStep) => s.kind === 'work';

function single(step: SimpleStep): PmWorkout | null {
  if (step.length.kind === 'distance')
    return { kind: 'distance', distanceM: step.length.distanceM };
  if (step.length.kind === 'time') return { kind: 'time', durationS: step.length.durationS };
  return null;
}

function repeated(step: Extract<WorkoutStep, { kind: 'repeat' }>): PmWorkout | null {
  const [work, rest, ...more] = step.steps;
  if (!work || !isWork(work) || more.length > 0) return null;
  if (rest && (rest.kind !== 'rest' || rest.length.kind !== 'time')) return null;
  const restS = rest?.length.kind === 'time' ? Math.round(rest.length.durationS) : 0;
  if (work.length.kind === 'distance') {
    return {
      kind: 'distance-intervals',
      distanceM: work.length.distanceM,
      restS,
      count: step.count,
    };
  }
  if (work.length.kind === 'time') {
    return { kind: 'time-intervals', durationS: work.length.durationS, restS, count: step.count };
  }
  return null;
}

/** The PM5 program for a planned rowing workout; Just Row when its shape is beyond the PM5. */
export function pm5WorkoutFor(workout: Pick<PlannedWorkout, 'sport' | 'steps'>): PmWorkout {
  if (workout.sport !== 'row') return { kind: 'just-row' };
  // Warm-up and cool-down are rowed outside the PM5's piece.
  const main = workout.steps.filter((s) => s.kind === 'repeat' || isWork(s));
  const [only, ...others] = main;
  if (!only || others.length > 0) return { kind: 'just-row' };
  return (only.kind === 'repeat' ? repeated(only) : single(only)) ?? { kind: 'just-row' };
}
