import { describe, expect, it } from 'vitest';
import type { WorkoutStep } from '@/engine/workout/types';
import { fitSteps, stepsMinutes, withDuration } from './step-duration';

const intervals: WorkoutStep[] = [
  { kind: 'warmUp', length: { kind: 'time', durationS: 900 }, targets: [], note: null },
  {
    kind: 'repeat',
    count: 2,
    steps: [
      { kind: 'work', length: { kind: 'time', durationS: 300 }, targets: [], note: null },
      { kind: 'rest', length: { kind: 'time', durationS: 150 }, targets: [], note: null },
    ],
  },
  { kind: 'coolDown', length: { kind: 'time', durationS: 600 }, targets: [], note: null },
];

describe('a workout’s length and its steps', () => {
  it('follows the steps until a length is typed', () => {
    expect(stepsMinutes(intervals)).toBe(40);
    expect(withDuration(intervals, null, 23)).toEqual({ steps: intervals, durationMin: 40 });
  });

  it('fits warm-up and cool-down to a typed length, leaving the repeats as they are', () => {
    const fitted = withDuration(intervals, '30', 40);
    if ('error' in fitted) throw new Error(fitted.error);
    expect(fitted.durationMin).toBe(30);
    expect(stepsMinutes(fitted.steps)).toBe(30);
    expect(fitted.steps[1]).toEqual(intervals[1]);
    expect(fitted.steps.map((s) => (s.kind === 'repeat' ? 'repeat' : s.length))).toEqual([
      { kind: 'time', durationS: 540 },
      'repeat',
      { kind: 'time', durationS: 360 },
    ]);
  });

  it('refuses, in plain words, a length the steps cannot fit (the tester’s 23 min of 40)', () => {
    // The repeats alone take 15 min; warm-up and cool-down need a minute each.
    expect(fitSteps(intervals, 16)).toBeNull();
    expect(withDuration(intervals, '16', 40)).toEqual({
      error:
        'The steps take about 40 min and cannot fit in 16 min. Shorten a step, or keep 40 min.',
    });
    const fitted = withDuration(intervals, '23', 40);
    expect('error' in fitted ? null : stepsMinutes(fitted.steps)).toBe(23);
  });

  it('a single steady step becomes the typed length', () => {
    const easy: WorkoutStep[] = [
      { kind: 'work', length: { kind: 'time', durationS: 2400 }, targets: [], note: null },
    ];
    expect(withDuration(easy, '25', 40)).toEqual({
      steps: [{ ...easy[0], length: { kind: 'time', durationS: 1500 } }],
      durationMin: 25,
    });
  });

  it('takes the typed length when the steps cannot be timed, and refuses what is not one', () => {
    const open: WorkoutStep[] = [
      { kind: 'work', length: { kind: 'open' }, targets: [], note: null },
    ];
    expect(stepsMinutes(open)).toBeNull();
    expect(withDuration(open, null, 40)).toEqual({ steps: open, durationMin: 40 });
    expect(withDuration(open, '35', 40)).toEqual({ steps: open, durationMin: 35 });
    expect(withDuration(open, 'abc', 40)).toEqual({ error: 'Enter a duration of 1 to 600 min.' });
    expect(withDuration(intervals, '-5', 40)).toEqual({
      error: 'Enter a duration of 1 to 600 min.',
    });
  });
});
