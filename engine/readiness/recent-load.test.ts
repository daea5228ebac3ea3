import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/calendar-date.ts';
import { recentLoad } from './recent-load.ts';
import { readiness } from './readiness-score.ts';

/** Three ordinary weeks: an hour most days at about 70 load points (unseeded form ≈ −34). */
const threeWeeks = Array.from({ length: 21 }, (_, i) => ({
  date: addDays('2027-01-04', i),
  load: i % 7 === 6 ? 0 : 70,
}));
const today = '2027-01-25';
const morning = [{ date: today, sleepHours: 7.5, soreness: 2 }];

describe('recentLoad for readiness', () => {
  it('a new history does not read as fatigue: form is withheld with the reason', () => {
    const load = recentLoad(threeWeeks, today)!;
    expect(load.tsb).toBeNull();
    expect(load.formNote).toMatch(/not meaningful yet.*22 days/);
    const result = readiness(morning, today, load);
    expect(result.reasons.join(' ')).not.toMatch(/carrying a lot of fatigue/);
    expect(result.reasons).toContain(load.formNote);
  });

  it('with a seed, or six weeks of history, form is read', () => {
    const seeded = recentLoad(threeWeeks, today, { ctl: 50, atl: 50 })!;
    expect(seeded.tsb).not.toBeNull();
    expect(seeded.formNote).toBeUndefined();
    const long = Array.from({ length: 50 }, (_, i) => ({
      date: addDays('2026-12-06', i),
      load: 50,
    }));
    expect(recentLoad(long, today)!.tsb).not.toBeNull();
  });

  it('is null with nothing logged, and ignores days after today', () => {
    expect(recentLoad([], today)).toBeNull();
    expect(recentLoad([{ date: '2027-02-01', load: 80 }], today)).toBeNull();
  });
});
