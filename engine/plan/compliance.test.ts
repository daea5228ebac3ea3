import { describe, expect, it } from 'vitest';
import type { PlannedWorkout } from '../workout/types.ts';
import { complianceBand, weeklyCompliance } from './compliance.ts';

const planned = (date: string, durationMin: number, plannedLoad: number): PlannedWorkout => ({
  id: `${date}-run-easy`,
  date,
  sport: 'run',
  type: 'easy',
  title: 'Easy run',
  description: '',
  durationMin,
  steps: [],
  plannedLoad,
  key: false,
  locked: false,
});

describe('weeklyCompliance', () => {
  const plan = [
    planned('2027-01-04', 60, 50),
    planned('2027-01-06', 45, 40),
    planned('2027-01-10', 95, 80),
  ];

  it('compares time and load planned against done and counts matched sessions', () => {
    const week = weeklyCompliance(
      plan,
      [
        { date: '2027-01-04', sport: 'run', durationMin: 62, load: 55 },
        { date: '2027-01-07', sport: 'run', durationMin: 40, load: 30 },
        { date: '2027-01-10', sport: 'run', durationMin: 80, load: 60 },
        { date: '2027-01-12', sport: 'run', durationMin: 50, load: 40 },
      ],
      '2027-01-04',
    );
    expect(week).toMatchObject({
      plannedMin: 200,
      doneMin: 182,
      plannedLoad: 170,
      doneLoad: 145,
      timePct: 91,
      loadPct: 85,
      band: 'onTrack',
      sessionsPlanned: 3,
      sessionsDone: 3,
    });
  });

  it('uses supportive words whatever happened', () => {
    const week = weeklyCompliance(plan, [], '2027-01-04');
    expect(week.band).toBe('different');
    expect(week.message).not.toMatch(/fail|missed|bad/i);
  });

  it('bands follow the ±20 % / 50–150 % thresholds', () => {
    expect([79, 80, 120, 121, 150, 151, 49].map(complianceBand)).toEqual([
      'partly',
      'onTrack',
      'onTrack',
      'partly',
      'partly',
      'different',
      'different',
    ]);
  });
});
