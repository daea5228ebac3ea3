import { describe, expect, it } from 'vitest';
import type { PlannedWorkout } from '../workout/types.ts';
import { findSlot, planWeekStart, roomFromPlan, type SlotQuery } from './reschedule-missed.ts';

const session = (date: string, type: PlannedWorkout['type'], durationMin = 50): PlannedWorkout => ({
  id: `${date}-run-${type}`,
  date,
  sport: 'run',
  type,
  title: `${type} · ${durationMin} min`,
  description: '',
  durationMin,
  steps: [],
  plannedLoad: 40,
  key: type !== 'easy' && type !== 'recovery',
  locked: false,
});

// 2027-03-01 is a Monday.
const query = (workouts: PlannedWorkout[], over: Partial<SlotQuery> = {}): SlotQuery => ({
  missed: workouts[0]!,
  workouts,
  today: '2027-03-02',
  weekStart: '2027-03-01',
  room: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => ({
    day: d as 'mon',
    maxMin: null,
  })),
  doneDates: new Set(),
  ...over,
});

describe('rescheduling a missed key session', () => {
  it('plan weeks are 7-day blocks from any week start, before or after the date', () => {
    expect(planWeekStart('2027-03-04', '2027-03-01')).toBe('2027-03-01');
    expect(planWeekStart('2027-03-04', '2027-05-03')).toBe('2027-03-01');
    expect(planWeekStart('2027-03-04', '2027-03-03')).toBe('2027-03-03');
  });

  it('reads training days and their longest session from the plan, leaving the race out', () => {
    const room = roomFromPlan([
      session('2027-03-01', 'easy', 40),
      session('2027-03-08', 'tempo', 65),
      session('2027-03-07', 'race', 200),
    ]);
    expect(room).toEqual([{ day: 'mon', maxMin: 65 }]);
  });

  it('takes today when it is free and its neighbours hold nothing hard', () => {
    expect(findSlot(query([session('2027-03-01', 'intervals')]))).toEqual({
      date: '2027-03-02',
      replaces: null,
    });
  });

  it('passes over a day next to a hard session, a locked day and a day too short', () => {
    const locked = { ...session('2027-03-05', 'easy'), locked: true };
    const slot = findSlot(
      query(
        [
          session('2027-03-01', 'tempo', 60),
          session('2027-03-03', 'intervals'),
          locked,
          session('2027-03-06', 'easy', 60),
        ],
        {
          room: [
            { day: 'tue', maxMin: null },
            { day: 'thu', maxMin: null },
            { day: 'fri', maxMin: null },
            { day: 'sat', maxMin: 90 },
            { day: 'sun', maxMin: 45 },
          ],
        },
      ),
    );
    // Tue and Thu sit beside Wednesday's intervals; Friday is locked; Saturday's easy run makes way.
    expect(slot).toMatchObject({ date: '2027-03-06', replaces: { id: '2027-03-06-run-easy' } });
  });

  it('says why when nothing fits: the week is over, or no day has room', () => {
    const week = [session('2027-03-01', 'intervals'), session('2027-03-02', 'tempo')];
    expect(findSlot(query(week, { today: '2027-03-08' }))).toBe('weekOver');
    // Two other hard sessions already in the week: a third would break the two-a-week rule.
    const full = [...week, session('2027-03-05', 'racePace')];
    expect(findSlot(query(full))).toBe('noRoom');
  });
});
