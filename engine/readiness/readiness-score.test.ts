import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/calendar-date.ts';
import type { JournalEntry } from './journal.ts';
import { readiness } from './readiness-score.ts';

const today = '2027-03-20';
const normalRmssd = [60, 65, 58, 70, 62, 66, 59, 63, 61, 67, 64, 60, 62, 65];

/** 40 ordinary mornings, then `last` overrides for the final days (last element = today). */
function journal(last: Partial<JournalEntry>[]): JournalEntry[] {
  const entries: JournalEntry[] = Array.from({ length: 40 }, (_, i) => ({
    date: addDays(today, i - 39),
    rmssdMs: normalRmssd[i % normalRmssd.length]!,
    restingHrBpm: 50 + (i % 3),
    sleepHours: 8,
    sleepQuality: 4,
    soreness: 1,
    mood: 4,
    stress: 2,
  }));
  last.forEach((over, k) => Object.assign(entries[entries.length - last.length + k]!, over));
  return entries;
}

describe('readiness', () => {
  it('ordinary mornings: a good score, high confidence, train as planned', () => {
    const r = readiness(journal([]), today, { tsb: -5, acwr: 1.0 });
    expect(r.score).toBeGreaterThanOrEqual(70);
    expect(r.confidence).toBe('high');
    expect(r.advice).toBe('asPlanned');
    expect(r.builtFrom).toEqual(
      expect.arrayContaining(['HRV', 'resting heart rate', 'sleep', 'soreness']),
    );
  });

  it('three low HRV mornings, a raised resting HR and short sleep: keep it easy, with reasons', () => {
    const low = { rmssdMs: 45, restingHrBpm: 58 };
    const r = readiness(journal([low, low, { ...low, sleepHours: 5, soreness: 4 }]), today, {
      tsb: -35,
      acwr: 1.62,
    });
    expect(r.score).toBeLessThan(50);
    expect(r.advice).not.toBe('asPlanned');
    expect(r.reasons.join(' ')).toContain('HRV is below your normal range for the 3rd day');
    expect(r.reasons.join(' ')).toMatch(/Resting heart rate is \d+ bpm above your usual/);
    expect(r.reasons.join(' ')).toContain('acute:chronic 1.62');
    expect(r.systems.find((s) => s.name === 'cardiovascular')!.score).toBeLessThan(40);
  });

  it('only sleep logged: still a score, low confidence, and says what it was built from', () => {
    const r = readiness([{ date: today, sleepHours: 7 }], today, null);
    expect(r.score).toBe(75);
    expect(r.confidence).toBe('low');
    expect(r.builtFrom).toEqual(['sleep']);
    expect(r.reasons.join(' ')).toContain('Built from sleep');
  });

  it('nothing logged: no score, and a kind pointer rather than a warning', () => {
    const r = readiness([], today, null);
    expect(r.score).toBeNull();
    expect(r.confidence).toBe('none');
    expect(r.reasons[0]).toMatch(/Log a morning check-in/);
  });

  it('more soreness or less sleep never raises the score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 3, max: 9, noNaN: true }),
        (soreness, sleepHours) => {
          const base = readiness(journal([{ soreness, sleepHours }]), today, null).score!;
          expect(
            readiness(journal([{ soreness: soreness + 1, sleepHours }]), today, null).score!,
          ).toBeLessThanOrEqual(base);
          expect(
            readiness(journal([{ soreness, sleepHours: sleepHours - 1 }]), today, null).score!,
          ).toBeLessThanOrEqual(base);
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });
});
