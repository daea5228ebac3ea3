import type { SimpleStep, WorkoutStep } from './types.ts';

/** Every simple step in the order the athlete meets it, with repeats unrolled. */
export function flattenSteps(steps: WorkoutStep[]): SimpleStep[] {
  return steps.flatMap((step) =>
    step.kind === 'repeat' ? Array.from({ length: step.count }, () => step.steps).flat() : [step],
  );
}
