import { describe, expect, it } from 'vitest';
import {
  addMonths,
  groupByWeek,
  monthWeeks,
  planWeekFor,
  weekDates,
  weekdayOrder,
  weekStartOf,
  weekStartsBetween,
} from './calendar';

// 2027-01-06 is a Wednesday.
describe('weeks by the athlete’s first weekday', () => {
  it('starts a week on Monday, Sunday or Saturday as chosen', () => {
    expect(weekStartOf('2027-01-06', 'mon')).toBe('2027-01-04');
    expect(weekStartOf('2027-01-06', 'sun')).toBe('2027-01-03');
    expect(weekStartOf('2027-01-06', 'sat')).toBe('2027-01-02');
    expect(weekStartOf('2027-01-04', 'mon')).toBe('2027-01-04');
    expect(weekStartOf('2027-01-03', 'mon')).toBe('2026-12-28');
  });

  it('orders weekday names from the first day', () => {
    expect(weekdayOrder('sun')).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(weekdayOrder('mon')[6]).toBe('sun');
  });

  it('groups workouts into the weeks they fall in, not the plan start’s weekday', () => {
    const items = [
      { date: '2027-01-10', id: 'sun' },
      { date: '2027-01-04', id: 'mon' },
      { date: '2027-01-11', id: 'next-mon' },
    ];
    expect([...groupByWeek(items, 'mon')].map(([s, w]) => [s, w.map((x) => x.id)])).toEqual([
      ['2027-01-04', ['mon', 'sun']],
      ['2027-01-11', ['next-mon']],
    ]);
    expect([...groupByWeek(items, 'sun')].map(([s, w]) => [s, w.map((x) => x.id)])).toEqual([
      ['2027-01-03', ['mon']],
      ['2027-01-10', ['sun', 'next-mon']],
    ]);
  });

  it('lays a month out as whole weeks, across a year end and a leap day', () => {
    const feb = monthWeeks('2028-02-15', 'mon');
    expect(feb[0]![0]).toBe('2028-01-31');
    expect(feb.at(-1)!.includes('2028-02-29')).toBe(true);
    expect(feb.at(-1)![6]).toBe('2028-03-05');
    expect(monthWeeks('2026-12-01', 'sun').at(-1)![6]).toBe('2027-01-02');
    expect(weekDates('2027-01-04')).toHaveLength(7);
    expect(weekStartsBetween('2027-01-06', '2027-01-20', 'mon')).toEqual([
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
    ]);
  });

  it('steps months, clamping to the month’s last day', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('finds the plan week holding a calendar week’s middle', () => {
    const weeks = [
      { start: '2027-01-06', phase: 'base', plannedMinutes: 100 },
      { start: '2027-01-13', phase: 'build', plannedMinutes: 120 },
    ];
    expect(planWeekFor(weeks, '2026-12-28')).toBeNull();
    // Monday 4 Jan: its Thursday (the 7th) is in the plan's first week, which began on the 6th.
    expect(planWeekFor(weeks, '2027-01-04')?.week.phase).toBe('base');
    expect(planWeekFor(weeks, '2027-01-11')?.index).toBe(1);
    expect(planWeekFor(weeks, '2027-01-18')).toBeNull();
  });
});
