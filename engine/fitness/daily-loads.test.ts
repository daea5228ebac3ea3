import { describe, expect, it } from 'vitest';
import { dailyLoadRows, dailyLoads } from './daily-loads.ts';

describe('daily loads', () => {
  it('sums activities per calendar day, with rest days as 0, from the first to the last day', () => {
    const daily = dailyLoads([
      { date: '2026-03-03', load: 40 },
      { date: '2026-03-01', load: 50 },
      { date: '2026-03-03', load: 10 },
    ]);
    expect(daily?.startDate).toBe('2026-03-01');
    expect(Array.from(daily!.loads)).toEqual([50, 0, 50]);
  });
  it('is null with no activities', () => {
    expect(dailyLoads([])).toBeNull();
  });
  it('runs on to a later date with rest days, and never cuts days before it', () => {
    const entries = [
      { date: '2026-11-18', load: 65 },
      { date: '2026-11-19', load: 0 },
    ];
    expect(dailyLoadRows(entries, '2026-11-21')).toEqual([
      { date: '2026-11-18', load: 65 },
      { date: '2026-11-19', load: 0 },
      { date: '2026-11-20', load: 0 },
      { date: '2026-11-21', load: 0 },
    ]);
    expect(dailyLoadRows(entries, '2026-11-01').map((d) => d.date)).toEqual([
      '2026-11-18',
      '2026-11-19',
    ]);
    expect(dailyLoadRows([], '2026-11-21')).toEqual([]);
  });
});
