import type { SimpleStep, WorkoutStep } from '@/engine/workout/types';

/** Seconds a step takes: its time, or its distance at the middle of its pace or split target. */
function stepSeconds(step: SimpleStep): number | null {
  const { length } = step;
  if (length.kind === 'time') return length.durationS;
  if (length.kind === 'open') return null;
  for (const t of step.targets) {
    if (t.kind === 'pace')
      return (length.distanceM / 1000) * ((t.fastestSPerKm + t.slowestSPerKm) / 2);
    if (t.kind === 'split')
      return (length.distanceM / 500) * ((t.fastestS500m + t.slowestS500m) / 2);
  }
  return null;
}

/**
 * How long the steps take, in whole minutes; null when a step has no time and no pace to time it
 * by (an open step, a distance with only a heart-rate target): the athlete's own figure stands.
 */
export function stepsMinutes(steps: readonly WorkoutStep[]): number | null {
  let total = 0;
  for (const step of steps) {
    const inner = step.kind === 'repeat' ? step.steps : [step];
    const times = step.kind === 'repeat' ? step.count : 1;
    for (const s of inner) {
      const seconds = stepSeconds(s);
      if (seconds === null) return null;
      total += seconds * times;
    }
  }
  return Math.round(total / 60);
}
