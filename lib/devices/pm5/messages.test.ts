import { describe, expect, it } from 'vitest';
import { normalisePmWorkout, type PmWorkout } from '../../../engine/protocols/csafe/pm-workout';
import { describePmWorkout, pm5FailureText, pm5OutcomeText } from './messages';

const said = (w: PmWorkout) => describePmWorkout(normalisePmWorkout(w));

describe('what the athlete reads about the rowing monitor', () => {
  it('describes each shape in the monitor’s own units', () => {
    expect(said({ kind: 'just-row', splitM: 500 })).toBe('Just Row with 500 m splits');
    expect(said({ kind: 'distance', distanceM: 2000, splitM: 500, targetPaceS500m: 112 })).toBe(
      '2,000 m at 1:52.0 /500 m, 500 m splits',
    );
    expect(said({ kind: 'calorie-intervals', calories: 20, restS: 60 })).toBe(
      '20 cal, 1:00 rest, repeating until you stop',
    );
    expect(said({ kind: 'time-intervals', durationS: 240, restS: 120, count: 5 })).toBe(
      '5 × 4:00, 2:00 rest',
    );
  });

  it('says which part the monitor refused or did not answer', () => {
    expect(
      pm5FailureText({
        type: 'Pm5Refused',
        frame: 3,
        frames: 9,
        verdict: 'rejected',
        restored: true,
      }),
    ).toBe('it refused part 3 of 9 of the workout.');
    expect(
      pm5FailureText({
        type: 'Pm5ExchangeFailed',
        frame: 10,
        frames: 9,
        failure: { type: 'NoAnswer' },
        restored: false,
      }),
    ).toBe('it did not answer the start of the workout in time.');
    expect(
      pm5OutcomeText({ status: 'refused', reason: 'it was not ready.', restored: false }),
    ).toMatch(/check it before you row/);
  });
});
