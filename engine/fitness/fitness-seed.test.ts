import { describe, expect, it } from 'vitest';
import { estimateSeed, formMeaning } from './fitness-seed.ts';
import { computePmc, pmcDay } from './pmc.ts';

describe('fitness seeding', () => {
  it('estimates the seed as the mean daily load of the first four weeks', () => {
    const loads = Array.from({ length: 60 }, (_, i) => (i % 7 === 6 ? 0 : 70));
    const seed = estimateSeed(loads)!;
    expect(seed.ctl).toBeCloseTo((24 * 70) / 28, 9);
    expect(seed.atl).toBe(seed.ctl);
    expect(estimateSeed([])).toBeNull();
    // Under two weeks there is no estimate; from two weeks on, the mean of what there is.
    expect(estimateSeed(Array.from({ length: 13 }, () => 50))).toBeNull();
    const twoWeeks = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 30 : 60));
    expect(estimateSeed(twoWeeks)).toEqual({ ctl: 45, atl: 45 });
  });

  it('three ordinary weeks read as deep fatigue unseeded, and as about level with the seed', () => {
    const loads = Array.from({ length: 21 }, (_, i) => (i % 7 === 6 ? 0 : 60));
    const last = loads.length - 1;
    const unseeded = pmcDay(computePmc('2027-01-04', loads), last);
    expect(unseeded.tsb).toBeLessThan(-25);
    const seed = estimateSeed(loads)!;
    const seeded = pmcDay(
      computePmc('2027-01-04', loads, { seedCtl: seed.ctl, seedAtl: seed.atl }),
      last,
    );
    expect(Math.abs(seeded.tsb)).toBeLessThan(10);
  });

  it('says form is not meaningful before six weeks of history unless seeded', () => {
    expect(formMeaning(21, false)).toMatchObject({ meaningful: false, historyDays: 21 });
    expect(formMeaning(21, false).note).toMatch(/not fatigue/);
    expect(formMeaning(21, true)).toEqual({ meaningful: true, historyDays: 21, note: null });
    expect(formMeaning(42, false).meaningful).toBe(true);
  });
});
