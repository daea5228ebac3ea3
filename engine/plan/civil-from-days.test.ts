import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from './civil-from-days.ts';

describe('civil_from_days (Hinnant)', () => {
  it('gives the dates of Hinnant’s anchors: the epoch, 2000-01-01 and 0000-03-01', () => {
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(10_957)).toEqual({ year: 2000, month: 1, day: 1 });
    expect(civilFromDays(-719_468)).toEqual({ year: 0, month: 3, day: 1 });
  });
  it('knows leap days: 2000 and 2024 have a 29 February, 1900 and 2100 do not', () => {
    expect(civilFromDays(11_016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(19_782)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDays(-25_509)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(civilFromDays(-25_508)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(civilFromDays(47_540)).toEqual({ year: 2100, month: 2, day: 28 });
    expect(civilFromDays(47_541)).toEqual({ year: 2100, month: 3, day: 1 });
  });
  it('agrees with the platform’s UTC calendar both ways on any day from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const d = new Date(days * 86_400_000);
        const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(civilFromDays(days)).toEqual(civil);
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });
});
