import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.ts';
import { currentWeeklyMinutes } from './current-volume.ts';
import type { DoneActivity } from './match-activities.ts';

describe('currentWeeklyMinutes', () => {
  const today = '2027-01-29';
  const run = (daysAgo: number, durationMin: number): DoneActivity => ({
    date: addDays(today, -daysAgo),
    sport: 'run',
    durationMin,
    load: null,
  });

  it('averages the 4 weeks before today, counting only the sport', () => {
    const done = [
      run(1, 60),
      run(3, 40),
      run(10, 50),
      run(20, 90),
      run(28, 40),
      run(29, 500),
      run(0, 300),
      { ...run(5, 100), sport: 'row' as const },
    ];
    expect(currentWeeklyMinutes(done, 'run', today)).toBe(70);
  });

  it('is null without recent history', () => {
    expect(currentWeeklyMinutes([run(40, 60)], 'run', today)).toBeNull();
  });
});
