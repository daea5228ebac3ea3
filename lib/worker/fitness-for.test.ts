import { describe, expect, it } from 'vitest';
import { fitnessFor, fitnessSeries } from './fitness-for';

describe('fitness series for the index', () => {
  it('builds fitness and fatigue from consecutive daily loads', async () => {
    const loads = [
      { date: '2026-11-01', load: 100 },
      { date: '2026-11-02', load: 0 },
    ];
    const days = fitnessSeries(loads);
    // k = 1 − e^(−1/42) and 1 − e^(−1/7) (engine/fitness/ewma-constants.ts)
    expect(days[0]?.ctl).toBeCloseTo(100 * (1 - Math.exp(-1 / 42)), 6);
    expect(days[0]?.atl).toBeCloseTo(100 * (1 - Math.exp(-1 / 7)), 6);
    expect(days.map((d) => d.date)).toEqual(['2026-11-01', '2026-11-02']);
    expect(fitnessSeries([])).toEqual([]);
    expect(await fitnessFor(loads)).toEqual(days);
  });

  it('starts fitness and fatigue from a seed', () => {
    const [day] = fitnessSeries([{ date: '2026-11-01', load: 0 }], { ctl: 50, atl: 70 });
    expect(day?.ctl).toBeCloseTo(50 * Math.exp(-1 / 42), 6);
    expect(day?.atl).toBeCloseTo(70 * Math.exp(-1 / 7), 6);
  });
});
