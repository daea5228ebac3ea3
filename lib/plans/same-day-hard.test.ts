import { describe, expect, it } from 'vitest';
import { sameDayHard } from './same-day-hard';
import { stored } from './test-support';

const run = {
  id: 'run-plan',
  title: 'Running: 10 km',
  workouts: [
    stored({ date: '2027-01-05', type: 'intervals' }),
    stored({ date: '2027-01-07', type: 'tempo' }),
    stored({ date: '2027-01-10', type: 'long' }),
  ],
};
const row = {
  id: 'row-plan',
  title: 'Rowing: 2k',
  workouts: [
    stored({ date: '2027-01-05', sport: 'row', type: 'easy' }),
    stored({ date: '2027-01-07', sport: 'row', type: 'racePace' }),
    stored({ date: '2027-01-09', sport: 'row', type: 'easy' }),
  ],
};

describe('hard sessions of two plans on one day', () => {
  it('finds the day both plans book a hard session, and only that day', () => {
    const clashes = sameDayHard([run, row], '2027-01-04');
    expect(clashes.map((c) => c.date)).toEqual(['2027-01-07']);
    expect(clashes[0]!.sessions.map((s) => s.planId).sort()).toEqual(['row-plan', 'run-plan']);
  });

  it('suggests the nearest free day with no hard session beside it in either plan', () => {
    const [clash] = sameDayHard([run, row], '2027-01-04');
    // Fri 8th and Wed 6th sit beside a hard day; Sat 9th holds the row plan's own easy row;
    // Tue 5th is the run plan's intervals; Sun 10th is free and nothing hard is beside it.
    expect(clash!.suggestion).toMatchObject({ date: '2027-01-10' });
    expect(clash!.suggestion!.session.planId).toBe('row-plan');
  });

  it('ignores one plan’s own hard days, skipped sessions and days already past', () => {
    expect(sameDayHard([run], '2027-01-04')).toEqual([]);
    const skipped = {
      ...row,
      workouts: row.workouts.map((w) =>
        w.type === 'racePace' ? { ...w, status: 'skipped' as const } : w,
      ),
    };
    expect(sameDayHard([run, skipped], '2027-01-04')).toEqual([]);
    expect(sameDayHard([run, row], '2027-01-08')).toEqual([]);
  });

  it('never suggests moving a race', () => {
    const raceDay = {
      ...row,
      workouts: [stored({ date: '2027-01-07', sport: 'row', type: 'race' })],
    };
    const [clash] = sameDayHard([raceDay, run], '2027-01-04');
    expect(clash!.suggestion?.session.planId).toBe('run-plan');
  });
});
