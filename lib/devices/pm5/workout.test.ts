import { describe, expect, it } from 'vitest';
import type { SimpleStep, StepTarget, WorkoutStep } from '../../../engine/workout/types';
import { splitFromWatts } from '../../../engine/rowing/concept2';
import { pm5WorkoutFor, targetPaceOf } from './workout';

const split = (fastestS500m: number, slowestS500m: number): StepTarget => ({
  kind: 'split',
  fastestS500m,
  slowestS500m,
});
const step = (
  kind: SimpleStep['kind'],
  length: SimpleStep['length'],
  targets: StepTarget[] = [],
): SimpleStep => ({ kind, length, targets, note: null });
const time = (durationS: number) => ({ kind: 'time' as const, durationS });
const metres = (distanceM: number) => ({ kind: 'distance' as const, distanceM });
const row = (steps: WorkoutStep[]) => pm5WorkoutFor({ sport: 'row', steps });

describe('pm5WorkoutFor: a planned row as the monitor can run it', () => {
  it('sends a warm-up, repeats and a cool-down as variable intervals with each target pace', () => {
    const easy = split(138, 142);
    expect(
      row([
        step('warmUp', time(1020), [easy]),
        {
          kind: 'repeat',
          count: 2,
          steps: [step('work', time(480), [split(117, 120)]), step('rest', time(120), [easy])],
        },
        step('coolDown', time(780), [easy]),
      ]),
    ).toEqual({
      workout: {
        kind: 'variable-intervals',
        intervals: [
          { work: time(1020), restS: 0, targetPaceS500m: 140 },
          { work: time(480), restS: 120, targetPaceS500m: 118.5 },
          { work: time(480), restS: 120, targetPaceS500m: 118.5 },
          { work: time(780), restS: 0, targetPaceS500m: 140 },
        ],
      },
      substitute: null,
    });
  });

  it('sends equal pieces as counted intervals, and one piece as a single piece with its pace', () => {
    const reps: WorkoutStep = {
      kind: 'repeat',
      count: 4,
      steps: [step('work', metres(500), [split(105, 108)]), step('rest', time(120))],
    };
    expect(row([reps]).workout).toEqual({
      kind: 'distance-intervals',
      distanceM: 500,
      restS: 120,
      count: 4,
      targetPaceS500m: 106.5,
    });
    expect(row([step('work', time(1800), [split(120, 125)])]).workout).toEqual({
      kind: 'time',
      durationS: 1800,
      targetPaceS500m: 122.5,
    });
  });

  it('a pyramid is variable intervals now, not Just Row', () => {
    const pyramid = row([step('work', metres(250)), step('work', metres(500))]);
    expect(pyramid.workout).toEqual({
      kind: 'variable-intervals',
      intervals: [
        { work: metres(250), restS: 0, targetPaceS500m: undefined },
        { work: metres(500), restS: 0, targetPaceS500m: undefined },
      ],
    });
  });

  it('takes the pace from a power band when there is no split band', () => {
    const power: StepTarget = { kind: 'power', minW: 180, maxW: 220 };
    expect(targetPaceOf([power])).toBeCloseTo(splitFromWatts(200), 1);
    expect(targetPaceOf([split(100, 110), power])).toBe(105);
    expect(targetPaceOf([{ kind: 'strokeRate', minSpm: 18, maxSpm: 22 }])).toBeUndefined();
  });

  it.each<[string, WorkoutStep[], RegExp]>([
    ['an open step', [step('work', time(600)), step('coolDown', { kind: 'open' })], /press lap/],
    ['a rest in metres', [step('work', time(600)), step('rest', metres(200))], /metres/],
    ['a leading rest', [step('rest', time(60)), step('work', time(600))], /starts with a rest/],
    ['no steps', [], /no steps/],
  ])('sends Just Row for %s, and says why', (_, steps, reason) => {
    const mapping = row(steps);
    expect(mapping.workout).toEqual({ kind: 'just-row' });
    expect(mapping.substitute?.reason).toMatch(reason);
  });

  it('sends Just Row for a run', () => {
    expect(pm5WorkoutFor({ sport: 'run', steps: [step('work', time(60))] }).substitute).toEqual({
      reason: 'it is not a rowing session.',
    });
  });
});
