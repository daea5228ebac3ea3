/**
 * What the Record screen shows of the step being followed, read from the engine's guidance state:
 * the step, each of its targets with whether the athlete is on it, what is left of the step, and
 * the step after it. Plain numbers in the engine's units (seconds, metres, s/km, s/500 m); the
 * screen formats them in the athlete's units.
 */
import { hasBand } from '../../../engine/guidance/target-status';
import type { GuidanceState, TargetStatus } from '../../../engine/guidance/types';
import type { SimpleStep, StepTarget } from '../../../engine/workout/types';

/** A target of the step and where the athlete's (smoothed) reading sits; null until known. */
export type TargetView = { target: StepTarget; status: TargetStatus | null };

/** What is left of the step: a countdown for time and distance steps, time in it for open ones. */
export type StepLeft =
  | { kind: 'time'; leftS: number; totalS: number }
  | { kind: 'distance'; leftM: number; totalM: number }
  | { kind: 'open'; inStepS: number };

export type StepView = {
  step: SimpleStep;
  targets: TargetView[];
  left: StepLeft;
  next: SimpleStep | null;
};

/** What the step has left, as of the last reading the guidance stepped. */
export function stepLeft(state: GuidanceState, step: SimpleStep): StepLeft {
  const inStepS =
    state.lastSampleS === null ? 0 : Math.max(0, state.lastSampleS - state.stepStartS);
  switch (step.length.kind) {
    case 'time':
      return {
        kind: 'time',
        leftS: Math.max(0, step.length.durationS - inStepS),
        totalS: step.length.durationS,
      };
    case 'distance': {
      const doneM = state.lastSampleS === null ? 0 : state.lastDistanceM - state.stepStartM;
      return {
        kind: 'distance',
        leftM: Math.max(0, step.length.distanceM - Math.max(0, doneM)),
        totalM: step.length.distanceM,
      };
    }
    case 'open':
      return { kind: 'open', inStepS };
  }
}

/**
 * Each target of the step with its committed status. The engine tracks only targets with a band
 * (a heart-rate zone without the athlete's bpm has none), in the order of the step's targets.
 */
export function targetViews(state: GuidanceState, step: SimpleStep): TargetView[] {
  const tracked = step.targets.filter(hasBand);
  return step.targets.map((target) => {
    const i = tracked.indexOf(target);
    return { target, status: i < 0 ? null : (state.tracks[i]?.status ?? null) };
  });
}

/** The step being followed, or null once the workout is done. */
export function stepView(state: GuidanceState): StepView | null {
  const step = state.finished ? undefined : state.steps[state.index];
  if (!step) return null;
  return {
    step,
    targets: targetViews(state, step),
    left: stepLeft(state, step),
    next: state.steps[state.index + 1] ?? null,
  };
}
