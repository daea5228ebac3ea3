import { describe, expect, it } from 'vitest';
import { canMoveTo, moveDays, planSpan } from './move-days';
import { stored } from './test-support';

const week = (start: string) => ({ start, phase: 'base', plannedMinutes: 120 });
const plan = {
  weeks: [week('2027-03-01'), week('2027-03-08')],
  workouts: [
    stored({ date: '2027-03-02' }),
    stored({ date: '2027-03-04' }),
    stored({ date: '2027-03-13' }),
  ],
};

describe('where a workout may be moved', () => {
  it('spans the plan from its first week to the last day of its last week', () => {
    expect(planSpan(plan)).toEqual({ first: '2027-03-01', last: '2027-03-14' });
    expect(planSpan({ weeks: [], workouts: [] })).toBeNull();
  });

  it('offers today and later days only, never the past, nor before the plan starts', () => {
    // Today is the plan's second day: its first day is already past.
    expect(moveDays(plan, '2027-03-02', '2027-03-02')).toEqual([
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
      '2027-03-08',
      '2027-03-09',
    ]);
    expect(canMoveTo(plan, '2027-03-02', '2027-03-01', '2027-03-02')).toBe(false);
  });

  it('lets a missed workout come forward to today, but not to yesterday', () => {
    expect(canMoveTo(plan, '2027-03-04', '2027-03-06', '2027-03-06')).toBe(true);
    expect(canMoveTo(plan, '2027-03-04', '2027-03-05', '2027-03-06')).toBe(false);
  });

  it('stops at the plan’s last day and refuses the day the workout is already on', () => {
    expect(moveDays(plan, '2027-03-13', '2027-03-01')).toEqual([
      '2027-03-06',
      '2027-03-07',
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-14',
    ]);
    expect(canMoveTo(plan, '2027-03-13', '2027-03-15', '2027-03-01')).toBe(false);
    expect(canMoveTo(plan, '2027-03-13', '2027-03-13', '2027-03-01')).toBe(false);
  });
});
