import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impulseResponseK } from './ewma-constants.ts';
import { addDayLoad, computePmc, pmcDay, pmcDays } from './pmc.ts';

describe('fitness, fatigue, form and ACWR', () => {
  it('T12: one day of load 100 from CTL 50 / ATL 60 gives 51.1764 / 65.3249, form −10', () => {
    const series = computePmc('2026-01-01', [100], { seedCtl: 50, seedAtl: 60 });
    const day = pmcDay(series, 0);
    expect(day.ctl).toBeCloseTo(51.1764, 3);
    expect(day.atl).toBeCloseTo(65.3249, 3);
    expect(day.tsb).toBeCloseTo(-10, 9);
    expect(impulseResponseK(42)).toBeCloseTo(0.023528, 6);
    expect(impulseResponseK(7)).toBeCloseTo(0.133122, 6);
  });
  it('ramp-up oracle: load 50 for 42 days from zero ends at CTL 31.61, ATL 49.88', () => {
    const days = pmcDays(computePmc('2026-01-01', new Array<number>(42).fill(50)));
    expect(days[41]!.ctl).toBeCloseTo(31.61, 1);
    expect(days[41]!.atl).toBeCloseTo(49.88, 1);
    expect(days[41]!.tsb).toBeCloseTo(days[40]!.ctl - days[40]!.atl, 9);
  });
  it('T15: Williams EWMA ACWR over the §2.7 four weeks is 1.206', () => {
    const week = [60, 0, 80, 40, 0, 100, 50];
    const loads = [...week, ...week, ...week, 80, 0, 100, 60, 0, 140, 70];
    const days = pmcDays(computePmc('2026-02-02', loads));
    expect(days[27]!.acwr).toBeCloseTo(1.206, 3);
    expect(days[27]!.date).toBe('2026-03-01');
  });
  it('ACWR is null while nothing has been done yet', () => {
    expect(pmcDay(computePmc('2026-01-01', [0, 0]), 1).acwr).toBeNull();
  });
  it('adding a day updates the series from that day on, matching a full recomputation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 120 }),
        fc.nat(150),
        fc.integer({ min: 1, max: 250 }),
        (loads, dayOffset, extra) => {
          const incremental = computePmc('2025-06-01', loads);
          const ctlBefore = incremental.ctl.slice(0, Math.min(dayOffset, loads.length));
          const updated = addDayLoad(incremental, dayOfOffset(dayOffset), extra);
          const expectedLoads = Array.from(
            { length: Math.max(loads.length, dayOffset + 1) },
            (_, i) => loads[i] ?? 0,
          );
          expectedLoads[dayOffset] = expectedLoads[dayOffset]! + extra;
          const full = pmcDays(computePmc('2025-06-01', expectedLoads));
          const got = pmcDays(updated);
          expect(got).toHaveLength(full.length);
          got.forEach((day, i) => {
            expect(day.date).toBe(full[i]!.date);
            expect(day.ctl).toBeCloseTo(full[i]!.ctl, 9);
            expect(day.atl).toBeCloseTo(full[i]!.atl, 9);
            expect(day.tsb).toBeCloseTo(full[i]!.tsb, 9);
            expect(day.acwr ?? -1).toBeCloseTo(full[i]!.acwr ?? -1, 9);
          });
          // Days before the change keep their values untouched.
          expect(Array.from(updated.ctl.subarray(0, ctlBefore.length))).toEqual(
            Array.from(ctlBefore),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
  it('a load dated before the first day rebuilds the series from the new start', () => {
    const series = addDayLoad(computePmc('2026-01-10', [40, 50]), '2026-01-08', 30);
    const days = pmcDays(series);
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
    ]);
    expect(days.map((d) => d.load)).toEqual([30, 0, 40, 50]);
  });
});

function dayOfOffset(offset: number): string {
  return new Date(Date.UTC(2025, 5, 1 + offset)).toISOString().slice(0, 10);
}
