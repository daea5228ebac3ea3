/**
 * A planned rowing session as the PM5 can run it: the session as it is, step for step. Every timed
 * or measured step becomes a piece on the monitor (the warm-up and cool-down too, so the monitor's
 * intervals line up with the plan's steps from the first stroke), a rest step becomes the rest
 * after the piece before it, and each piece carries its target pace (the middle of its split band,
 * or of its power band turned into a split). One piece is programmed as a single piece, equal
 * pieces as counted intervals, anything else as variable intervals (DEVICES-RESEARCH §2.3).
 * What the monitor cannot hold — an open-ended step, a rest measured in metres, a session starting
 * with rest, a run — is sent as Just Row, with the reason in words for the athlete.
 */
import type { PmWorkout } from '../../../engine/protocols/csafe/pm-workout';
import { splitFromWatts } from '../../../engine/rowing/concept2';
import { flattenSteps } from '../../../engine/workout/flatten-steps';
import type { PlannedWorkout, SimpleStep, StepTarget } from '../../../engine/workout/types';

type VariableInterval = Extract<PmWorkout, { kind: 'variable-intervals' }>['intervals'][number];

/** What goes to the monitor: the session, or Just Row and why the session could not. */
export type Pm5Mapping =
  | { workout: PmWorkout; substitute: null }
  | { workout: { kind: 'just-row' }; substitute: { reason: string } };

const tenth = (s: number) => Math.round(s * 10) / 10;

/** The pace a piece aims for: the middle of its split band, else of its power band. */
export function targetPaceOf(targets: StepTarget[]): number | undefined {
  for (const t of targets) {
    if (t.kind === 'split') return tenth((t.fastestS500m + t.slowestS500m) / 2);
  }
  for (const t of targets) {
    if (t.kind === 'power') return tenth(splitFromWatts((t.minW + t.maxW) / 2));
  }
  return undefined;
}

const STEP_NAMES: Record<SimpleStep['kind'], string> = {
  warmUp: 'warm-up',
  work: 'work step',
  rest: 'rest',
  coolDown: 'cool-down',
};

const justRow = (reason: string): Pm5Mapping => ({
  workout: { kind: 'just-row' },
  substitute: { reason },
});

/** The session's steps as monitor pieces, or why they cannot be. */
function piecesOf(steps: SimpleStep[]): VariableInterval[] | string {
  const pieces: VariableInterval[] = [];
  for (const step of steps) {
    const name = STEP_NAMES[step.kind];
    if (step.length.kind === 'open') {
      return `a ${name} that ends when you press lap has no length the monitor can count down.`;
    }
    if (step.kind === 'rest') {
      const previous = pieces.at(-1);
      if (step.length.kind !== 'time')
        return 'a rest measured in metres is not something the monitor can time.';
      if (!previous) return 'the session starts with a rest, and the monitor starts with work.';
      previous.restS += step.length.durationS;
      continue;
    }
    const work =
      step.length.kind === 'time'
        ? { kind: 'time' as const, durationS: step.length.durationS }
        : { kind: 'distance' as const, distanceM: step.length.distanceM };
    pieces.push({ work, restS: 0, targetPaceS500m: targetPaceOf(step.targets) });
  }
  return pieces;
}

const sameAs = (a: VariableInterval) => (b: VariableInterval) =>
  JSON.stringify(a) === JSON.stringify(b);

function asWorkout(pieces: VariableInterval[]): PmWorkout {
  const [first] = pieces;
  if (pieces.length === 1 && first) {
    const pace = first.targetPaceS500m;
    return first.work.kind === 'distance'
      ? { kind: 'distance', distanceM: first.work.distanceM, targetPaceS500m: pace }
      : first.work.kind === 'time'
        ? { kind: 'time', durationS: first.work.durationS, targetPaceS500m: pace }
        : { kind: 'calories', calories: first.work.calories, targetPaceS500m: pace };
  }
  if (first && first.work.kind !== 'calories' && pieces.every(sameAs(first))) {
    const common = {
      restS: first.restS,
      count: pieces.length,
      targetPaceS500m: first.targetPaceS500m,
    };
    return first.work.kind === 'distance'
      ? { kind: 'distance-intervals', distanceM: first.work.distanceM, ...common }
      : { kind: 'time-intervals', durationS: first.work.durationS, ...common };
  }
  return { kind: 'variable-intervals', intervals: pieces };
}

/** The PM5 program for a planned workout, or Just Row and the reason the session cannot be one. */
export function pm5WorkoutFor(workout: Pick<PlannedWorkout, 'sport' | 'steps'>): Pm5Mapping {
  if (workout.sport !== 'row') return justRow('it is not a rowing session.');
  const pieces = piecesOf(flattenSteps(workout.steps));
  if (typeof pieces === 'string') return justRow(pieces);
  if (pieces.length === 0) return justRow('the session has no steps to time.');
  return { workout: asWorkout(pieces), substitute: null };
}
