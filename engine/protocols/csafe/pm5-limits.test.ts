import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pm5LimitProblems, type Pm5LimitId } from './pm5-limits.ts';
import { normalisePmWorkout, type PmWorkout } from './pm-workout.ts';
import { pmWorkoutWithinLimits } from '../test-support/pm-workout-arbitraries.ts';

const problemsOf = (w: PmWorkout) => pm5LimitProblems(normalisePmWorkout(w));

const over: Array<[Pm5LimitId, PmWorkout, RegExp]> = [
  ['rest-max', { kind: 'time-intervals', durationS: 240, restS: 600, count: 4 }, /10:00.*9:55/],
  ['time-max', { kind: 'time', durationS: 36_000 }, /10:00:00/],
  ['time-min', { kind: 'time', durationS: 15 }, /0:15.*0:20/],
  ['distance-max', { kind: 'distance', distanceM: 1_000_000 }, /1,000,000 m.*999,999 m/],
  ['distance-min', { kind: 'distance', distanceM: 50 }, /50 m.*100 m/],
  ['fixed-interval-time-max', { kind: 'time-intervals', durationS: 3600, restS: 60 }, /59:59/],
  ['splits-max', { kind: 'time', durationS: 3600, splitS: 60 }, /60 splits.*50/],
  ['split-longer-than-piece', { kind: 'distance', distanceM: 1000, splitM: 2000 }, /2,000 m/],
  ['split-min', { kind: 'just-row', splitS: 10 }, /0:10.*0:20/],
  ['calories-max', { kind: 'calories', calories: 10_000 }, /10,000 cal.*9,999 cal/],
  ['target-pace-max', { kind: 'time', durationS: 600, targetPaceS500m: 600 }, /10:00\.0/],
  [
    'intervals-max',
    {
      kind: 'variable-intervals',
      intervals: Array(51).fill({ work: { kind: 'distance', distanceM: 500 }, restS: 60 }),
    },
    /51 intervals.*50/,
  ],
];

describe('PM5 limits, checked before sending', () => {
  it.each(over)('refuses past %s with a message naming the limit', (limit, workout, words) => {
    const problems = problemsOf(workout);
    expect(problems.map((p) => p.limit)).toEqual([limit]);
    expect(problems[0]!.message).toMatch(words);
  });

  it('names the interval of a variable session that is past a limit', () => {
    const problems = problemsOf({
      kind: 'variable-intervals',
      intervals: [
        { work: { kind: 'time', durationS: 600 }, restS: 60 },
        { work: { kind: 'distance', distanceM: 2000 }, restS: 720 },
      ],
    });
    expect(problems).toEqual([
      {
        type: 'Pm5LimitExceeded',
        limit: 'rest-max',
        message: "The rest of 12:00 after interval 2 is longer than the monitor's 9:55.",
      },
    ]);
  });

  it('takes the edges themselves: 9:55 rest, 9:59:59, 999,999 m, 59:59 fixed, 50 splits', () => {
    const edges: PmWorkout[] = [
      { kind: 'distance-intervals', distanceM: 500, restS: 595 },
      { kind: 'time', durationS: 35_999.99 },
      { kind: 'distance', distanceM: 999_999 },
      { kind: 'time-intervals', durationS: 3599, restS: 60 },
      { kind: 'distance', distanceM: 5000, splitM: 100 },
      { kind: 'distance', distanceM: 2000, splitM: 2000 },
    ];
    expect(edges.flatMap(problemsOf)).toEqual([]);
  });

  it('finds nothing wrong with any workout generated within the limits', () => {
    fc.assert(
      fc.property(pmWorkoutWithinLimits, (w) => {
        expect(problemsOf(w)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
