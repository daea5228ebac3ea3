import { describe, expect, it } from 'vitest';
import type { PlannedWorkout } from '@/engine/workout/types';
import { lengthText, mainSetText, stepLines, workoutName } from './workout-text';

const intervals: PlannedWorkout = {
  id: '2027-02-09-run-intervals',
  date: '2027-02-09',
  sport: 'run',
  type: 'intervals',
  title: 'Intervals · 4 × 1000 m',
  description: '',
  durationMin: 55,
  steps: [
    {
      kind: 'warmUp',
      length: { kind: 'time', durationS: 1090 },
      targets: [{ kind: 'heartRateZone', zone: 2, minBpm: null, maxBpm: null }],
      note: null,
    },
    {
      kind: 'repeat',
      count: 4,
      steps: [
        {
          kind: 'work',
          length: { kind: 'distance', distanceM: 1000 },
          targets: [
            { kind: 'heartRateZone', zone: 5, minBpm: null, maxBpm: null },
            { kind: 'pace', fastestSPerKm: 250, slowestSPerKm: 256 },
          ],
          note: null,
        },
        { kind: 'rest', length: { kind: 'time', durationS: 150 }, targets: [], note: null },
      ],
    },
  ],
  plannedLoad: 60,
  key: true,
  locked: false,
};

const row: PlannedWorkout = {
  ...intervals,
  sport: 'row',
  title: 'Intervals · 5 × 1500 m',
  steps: [
    {
      kind: 'repeat',
      count: 5,
      steps: [
        {
          kind: 'work',
          length: { kind: 'distance', distanceM: 1500 },
          targets: [
            { kind: 'split', fastestS500m: 115, slowestS500m: 120 },
            { kind: 'strokeRate', minSpm: 28, maxSpm: 32 },
            { kind: 'power', minW: 202.5, maxW: 230.1 },
          ],
          note: null,
        },
      ],
    },
  ],
};

describe('a workout in the athlete’s units', () => {
  it('shows the rep pace per km, and per mile in imperial', () => {
    expect(mainSetText(intervals, 'metric')).toBe('4 × 1000 m at 4:10–4:16 /km');
    expect(mainSetText(intervals, 'imperial')).toBe('4 × 1000 m at 6:42–6:52 /mi');
  });

  it('keeps rowing in metres and per 500 m in both unit systems, with the rate', () => {
    expect(mainSetText(row, 'imperial')).toBe('5 × 1500 m at 1:55–2:00 /500 m · 28–32 spm');
    expect(stepLines(row, 'imperial')[1]!.targets).toEqual([
      '1:55–2:00 /500 m',
      '28–32 spm',
      '203–230 W',
    ]);
  });

  it('says the duration once: the name drops what the title repeats', () => {
    expect(workoutName({ title: 'Easy run · 40 min', type: 'easy' })).toBe('Easy run');
    expect(workoutName({ title: '', type: 'tempo' })).toBe('Threshold');
  });

  it('words step lengths as athletes do', () => {
    expect(lengthText({ kind: 'time', durationS: 1090 }, 'metric', 'run')).toBe('18 min');
    expect(lengthText({ kind: 'time', durationS: 150 }, 'metric', 'run')).toBe('2:30');
    expect(lengthText({ kind: 'distance', distanceM: 5000 }, 'imperial', 'run')).toBe('3.11 mi');
    expect(lengthText({ kind: 'distance', distanceM: 6000 }, 'imperial', 'row')).toBe('6000 m');
    expect(stepLines(intervals, 'metric')[0]).toMatchObject({
      name: 'Warm-up',
      targets: ['HR zone 2'],
    });
  });

  it('calls a single steady step by what the session is, not "Work"', () => {
    const easy: PlannedWorkout = {
      ...intervals,
      type: 'easy',
      title: 'Easy run · 40 min',
      steps: [{ kind: 'work', length: { kind: 'time', durationS: 2400 }, targets: [], note: null }],
    };
    expect(stepLines(easy, 'metric')).toEqual([
      { key: '0', name: 'Easy', length: '40 min', targets: [], note: null, depth: 0 },
    ]);
    // Steps with a warm-up keep their own names.
    expect(stepLines(intervals, 'metric').map((l) => l.name)).toContain('Work');
  });
});
