import { describe, expect, it } from 'vitest';
import { dailyLoads } from './daily-loads.ts';

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
});
