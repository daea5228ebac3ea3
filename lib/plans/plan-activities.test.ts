import { describe, expect, it } from 'vitest';
import { matchingActivity, planSport } from './plan-activities';
import { doneActivity, stored } from './test-support';

describe('what an activity counts as for a plan', () => {
  it('counts rows imported as generic or fitness equipment as rowing', () => {
    const entry = { subSport: null, device: null, source: 'tcx' };
    expect(planSport({ ...entry, sport: 'rowing' })).toBe('row');
    expect(planSport({ ...entry, sport: 'generic', device: 'Concept2 PM5' })).toBe('row');
    expect(planSport({ ...entry, sport: 'fitness_equipment', subSport: 'indoor_rowing' })).toBe(
      'row',
    );
    expect(planSport({ ...entry, sport: 'generic', source: 'ErgData TCX' })).toBe('row');
    expect(planSport({ ...entry, sport: 'generic' })).toBe('other');
    expect(planSport({ ...entry, sport: 'cycling', device: 'Concept2 BikeErg' })).toBe('other');
    expect(planSport({ ...entry, sport: 'running' })).toBe('run');
  });
});

describe('the activity that did a workout', () => {
  const workouts = [stored({ date: '2027-01-05' }), stored({ date: '2027-01-06', type: 'tempo' })];

  it('pairs the same day first, then a day either side, in the same sport', () => {
    const done = [
      doneActivity({ date: '2027-01-05', activityId: 'tue' }),
      doneActivity({ date: '2027-01-07', activityId: 'thu' }),
      doneActivity({ date: '2027-01-06', activityId: 'row', sport: 'row' }),
    ];
    expect(matchingActivity(workouts[0]!, workouts, done)?.activityId).toBe('tue');
    expect(matchingActivity(workouts[1]!, workouts, done)?.activityId).toBe('thu');
  });

  it('does not offer an activity another workout already holds', () => {
    const linked = [{ ...workouts[0]!, status: 'done' as const, activityId: 'tue' }, workouts[1]!];
    const done = [doneActivity({ date: '2027-01-05', activityId: 'tue' })];
    expect(matchingActivity(linked[1]!, linked, done)).toBeNull();
  });
});
