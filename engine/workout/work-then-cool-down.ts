import type { PlannedWorkout, StepLength } from './types.ts';

/**
 * The smallest structured workout with a step change: one work step of `work`, then a timed
 * cool-down. Tests of guidance use it wherever the workout's shape is not the point.
 */
export function workThenCoolDown(
  sport: PlannedWorkout['sport'],
  work: StepLength,
  coolDownS = 60,
): Pick<PlannedWorkout, 'sport' | 'steps'> {
  return {
    sport,
    steps: [
      { kind: 'work', length: work, targets: [], note: null },
      { kind: 'coolDown', length: { kind: 'time', durationS: coolDownS }, targets: [], note: null },
    ],
  };
}
