import { describe, expect, it } from 'vitest';
import { doneActivity, stored } from './test-support';
import { weekTotals } from './week-totals';

const week = [
  stored({ date: '2027-01-05', durationMin: 40 }),
  stored({ date: '2027-01-07', type: 'tempo', durationMin: 50 }),
  stored({ date: '2027-01-10', type: 'long', durationMin: 90 }),
  stored({ date: '2027-01-12', durationMin: 45 }),
];

describe('week totals', () => {
  it('sums planned minutes of the week and what was done in the plan’s sport', () => {
    const done = [
      doneActivity({ date: '2027-01-05', durationMin: 42 }),
      doneActivity({ date: '2027-01-06', sport: 'row', durationMin: 30 }),
    ];
    const t = weekTotals(week, done, 'run', '2027-01-04', '2027-01-08');
    expect(t).toMatchObject({ plannedMin: 180, doneMin: 42, sessionsPlanned: 3, sessionsDone: 1 });
    expect(t.compliance?.timePct).toBe(23);
    expect(t.compliance?.band).toBe('different');
  });

  it('follows an edit at once: a moved workout leaves one week and joins the next', () => {
    const moved = week.map((w) => (w.type === 'long' ? { ...w, date: '2027-01-11' } : w));
    expect(weekTotals(moved, [], 'run', '2027-01-04', '2027-01-08').plannedMin).toBe(90);
    expect(weekTotals(moved, [], 'run', '2027-01-11', '2027-01-08').plannedMin).toBe(135);
  });

  it('counts a workout marked done with no activity at its planned minutes', () => {
    const marked = week.map((w) => (w.type === 'tempo' ? { ...w, status: 'done' as const } : w));
    const t = weekTotals(marked, [], 'run', '2027-01-04', '2027-01-10');
    expect(t).toMatchObject({ doneMin: 50, sessionsDone: 1 });
  });

  it('gives no compliance before the week has begun', () => {
    expect(weekTotals(week, [], 'run', '2027-01-11', '2027-01-08').compliance).toBeNull();
  });
});
