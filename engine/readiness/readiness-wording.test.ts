import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/calendar-date.ts';
import type { JournalEntry } from './journal.ts';
import { readiness, type RecentLoad } from './readiness-score.ts';

/**
 * Words that blame or grade the athlete. Readiness reasons are read first thing in the morning and
 * must stay supportive whatever was (or was not) logged (the project's copy rule; SCIENCE.md §4's
 * "green box tyranny" critique of red compliance boxes).
 */
const FORBIDDEN =
  /\b(fail(ed|ure|ing)?|miss(ed|ing)?|bad(ly)?|poor(ly)?|lazy|should have|behind|guilt\w*|must)\b|you didn['’]t/i;

const today = '2027-03-20';
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(undefined), fc.constant(null), arb) as fc.Arbitrary<T | null | undefined>;
const scale = maybe(fc.integer({ min: 1, max: 5 }));

/** Any subset of fields on any subset of the 90 days up to (and a few after) today. */
const entryArb = fc.record({
  offset: fc.integer({ min: -90, max: 2 }),
  rmssdMs: maybe(fc.double({ min: 5, max: 400, noNaN: true })),
  restingHrBpm: maybe(fc.integer({ min: 25, max: 150 })),
  sleepHours: maybe(fc.double({ min: 0, max: 24, noNaN: true })),
  sleepQuality: scale,
  soreness: scale,
  mood: scale,
  stress: scale,
  rpe: maybe(fc.integer({ min: 0, max: 10 })),
  trainingLoad: maybe(fc.integer({ min: 0, max: 400 })),
});

const journalArb = fc.array(entryArb, { maxLength: 120 }).map((entries) => {
  const byDate = new Map<string, JournalEntry>();
  for (const { offset, ...fields } of entries) {
    const date = addDays(today, offset);
    byDate.set(date, { date, ...fields });
  }
  return [...byDate.values()];
});

const number = fc.oneof(
  fc.double({ min: -80, max: 60, noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity),
);
const loadArb: fc.Arbitrary<RecentLoad | null> = fc.option(
  fc.record({ tsb: fc.option(number, { nil: null }), acwr: fc.option(number, { nil: null }) }),
  { nil: null },
);

describe('readiness over any partial journal', () => {
  it('never throws, keeps every number in range, and words every reason supportively', () => {
    fc.assert(
      fc.property(journalArb, loadArb, (entries, load) => {
        const r = readiness(entries, today, load);
        if (r.score !== null) {
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.advice).not.toBeNull();
          expect(r.confidence).not.toBe('none');
        } else {
          expect(r.confidence).toBe('none');
          expect(r.advice).toBeNull();
        }
        for (const system of r.systems) {
          if (system.score === null) continue;
          expect(Number.isFinite(system.score)).toBe(true);
          expect(system.score).toBeGreaterThanOrEqual(0);
          expect(system.score).toBeLessThanOrEqual(100);
        }
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) {
          expect(reason).not.toMatch(FORBIDDEN);
          expect(reason).not.toMatch(/NaN|Infinity|undefined|null/);
        }
      }),
      { numRuns: 400, seed: 4 },
    );
  });

  it('every single input alone still gives a score that says what it was built from', () => {
    const fields: [keyof JournalEntry, number][] = [
      ['sleepHours', 7],
      ['sleepQuality', 4],
      ['soreness', 2],
      ['mood', 4],
      ['stress', 2],
    ];
    for (const [field, value] of fields) {
      const r = readiness([{ date: today, [field]: value }], today, null);
      expect(r.score).not.toBeNull();
      expect(r.confidence).toBe('low');
      expect(r.reasons.join(' ')).toMatch(/^Built from|Built from/);
    }
    const loadOnly = readiness([], today, { tsb: -12, acwr: null });
    expect(loadOnly.builtFrom).toEqual(['recent training load']);
  });

  it('the forbidden-word check catches the phrasings it is meant to', () => {
    for (const text of [
      'You failed to log',
      'You missed 2 mornings',
      'A bad night',
      'Poor sleep',
      'You didn’t train',
    ])
      expect(text).toMatch(FORBIDDEN);
    expect('HRV is below your normal range for the 3rd day').not.toMatch(FORBIDDEN);
  });
});
