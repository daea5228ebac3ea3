import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import { weekStartOf } from './calendar';
import { planDoneActivities } from './plan-activities';
import { stored } from './test-support';
import { thisWeekDone, type WeekDoneInput } from './week-done';
import { weekTotals } from './week-totals';

const TODAY = '2026-12-03'; // a Thursday

function activity(id: string, startTime: string, sport: string, movingS: number): ActivityEntry {
  return {
    id,
    sport,
    recordedSport: sport,
    title: null,
    customTitle: null,
    subSport: null,
    startTime,
    source: 'fit',
    device: null,
    fileName: null,
    elapsedS: movingS,
    movingS,
    distanceM: 7000,
    avgHr: null,
    maxHr: null,
    avgSpeedMps: null,
    avgPowerW: null,
    avgCadence: null,
    elevationGainM: null,
    load: { value: 40, method: 'duration' },
    trimp: null,
    efficiencyFactor: null,
    decouplingPct: null,
    laps: [],
    splits: { km: [], mile: [], m500: [] },
    rpe: null,
    notes: '',
    plannedWorkoutId: null,
  };
}

// The tester's week: a threshold run marked done by hand today, two runs nobody planned, a short
// row (not the plan's sport), and a run the Saturday before.
const workouts = [
  stored({ date: '2026-12-03', type: 'tempo', durationMin: 40, status: 'done' }),
  stored({ date: '2026-12-05', durationMin: 35 }),
  stored({ date: '2026-12-06', type: 'long', durationMin: 45 }),
];
const activities = [
  activity('sat', '2026-11-28T07:00:00.000Z', 'running', 39 * 60 + 59),
  activity('mon', '2026-11-30T18:00:00.000Z', 'running', 39 * 60 + 59),
  activity('wed', '2026-12-02T06:30:00.000Z', 'running', 35 * 60 + 59),
  activity('row', '2026-12-03T19:45:00.000Z', 'rowing', 3 * 60 + 19),
];
const input: WeekDoneInput = {
  workouts,
  sport: 'run',
  activities,
  weekStartsOn: 'mon',
  timeZone: 'UTC',
  today: TODAY,
};

describe('done this week', () => {
  it('counts the plan’s sport from the activities and a workout marked done at its minutes', () => {
    const week = thisWeekDone(input);
    // 40 (marked done) + 40 + 36 (the week's runs); the row and last Saturday's run do not count.
    expect(week).toMatchObject({ plannedMin: 120, doneMin: 116, sessionsPlanned: 3 });
    expect(week.sessionsDone).toBe(1);
    expect(week.inProgress).toBe(true);
  });

  it('is the same figure the plan calendar shows for the week holding today', () => {
    const start = weekStartOf(TODAY, 'mon');
    const calendar = weekTotals(
      workouts,
      planDoneActivities(activities, 'UTC'),
      'run',
      start,
      TODAY,
    );
    expect(thisWeekDone(input)).toEqual(calendar);
  });

  it('follows the athlete’s first weekday', () => {
    // A week from Saturday holds last Saturday's run and not the coming Saturday's workout.
    const week = thisWeekDone({ ...input, weekStartsOn: 'sat' });
    expect(week).toMatchObject({ plannedMin: 40, doneMin: 156, sessionsPlanned: 1 });
  });

  it('dates an activity in the athlete’s time zone', () => {
    // 02:00 UTC on Monday is still Sunday evening in New York: last week there.
    const late = activity('sun', '2026-11-30T02:00:00.000Z', 'running', 30 * 60);
    const withLate = { ...input, activities: [...activities, late] };
    expect(thisWeekDone(withLate).doneMin).toBe(146);
    expect(thisWeekDone({ ...withLate, timeZone: 'America/New_York' }).doneMin).toBe(116);
  });
});
