import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedWorkout } from '../workout/types.ts';
import { adaptPlan, applyChanges, type AdaptInput } from './adapt-plan.ts';
import { addDays } from './calendar-date.ts';
import { generatePlan } from './generate-plan.ts';
import type { DoneActivity } from './match-activities.ts';

function halfPlan(): PlannedWorkout[] {
  const result = generatePlan({
    sport: 'run',
    goal: 'half-marathon',
    raceDate: '2027-04-18',
    startDate: '2026-12-07',
    currentWeeklyMin: 240,
    days: ['mon', 'wed', 'fri', 'sun'].map((day) => ({ day: day as 'mon', maxMin: null })),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 10000, timeS: 2700 },
    heartRateZones: null,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan.weeks.flatMap((w) => w.workouts);
}

const workouts = halfPlan();
/** Everything before `today` done as planned. */
const doneBefore = (today: string, skip: string[] = []): DoneActivity[] =>
  workouts
    .filter((w) => w.date < today && !skip.includes(w.id))
    .map((w) => ({
      date: w.date,
      sport: w.sport,
      durationMin: w.durationMin,
      load: w.plannedLoad,
    }));

// 2027-02-08 is a Monday in the build phase: easy Monday, intervals Wednesday, threshold Friday.
const today = '2027-02-08';
const base: AdaptInput = { workouts, done: doneBefore(today), today, readiness: null, acwr: 1.1 };

describe('adaptPlan', () => {
  it('changes nothing when readiness is fine, the ratio is normal and nothing was missed', () => {
    expect(adaptPlan({ ...base, readiness: { score: 80, advice: 'asPlanned' } })).toEqual({
      changes: [],
      notes: [],
    });
  });

  it('low readiness eases tomorrow’s hard session into an easy one, with a reason', () => {
    const tuesday = '2027-02-09';
    const { changes } = adaptPlan({
      ...base,
      today: tuesday,
      done: doneBefore(tuesday),
      readiness: { score: 52, advice: 'keepItEasy' },
    });
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change!.before.type).toBe('intervals');
    expect(change!.after.type).toBe('easy');
    expect(change!.after.durationMin).toBeLessThanOrEqual(change!.before.durationMin);
    expect(change!.reason).toMatch(/Readiness is 52/);
  });

  it('an acute:chronic ratio above 1.5 trims the next 7 days and eases the second hard session', () => {
    const { changes } = adaptPlan({ ...base, acwr: 1.62 });
    const week = workouts.filter((w) => w.date >= today && w.date < addDays(today, 7));
    const after = applyChanges(workouts, changes, new Set(changes.map((c) => c.id))).filter(
      (w) => w.date >= today && w.date < addDays(today, 7),
    );
    const minutes = (ws: PlannedWorkout[]) => ws.reduce((s, w) => s + w.durationMin, 0);
    expect(minutes(after)).toBeLessThan(minutes(week) * 0.9);
    expect(after.filter((w) => ['tempo', 'intervals', 'racePace'].includes(w.type))).toHaveLength(
      1,
    );
    expect(changes.every((c) => c.reason.includes('1.62'))).toBe(true);
  });

  const day = (
    date: string,
    type: PlannedWorkout['type'],
    durationMin: number,
  ): PlannedWorkout => ({
    ...workouts.find((w) => w.type === type)!,
    id: `${date}-run-${type}`,
    date,
    durationMin,
  });
  const open = (days: string[]) => days.map((d) => ({ day: d as 'mon', maxMin: null }));

  it('moves a missed key session to the next free training day with no hard day beside it', () => {
    const week = [
      day('2027-03-01', 'intervals', 60),
      day('2027-03-02', 'easy', 50),
      day('2027-03-04', 'easy', 50),
      day('2027-03-07', 'long', 100),
    ];
    const tuesday = '2027-03-02';
    const { changes } = adaptPlan({
      workouts: week,
      done: [],
      today: tuesday,
      readiness: null,
      acwr: 1,
      availability: open(['mon', 'tue', 'wed', 'thu', 'sun']),
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'move',
      workoutId: '2027-03-01-run-intervals',
      after: { date: '2027-03-02', type: 'intervals' },
      replaces: '2027-03-02-run-easy',
    });
    expect(changes[0]!.reason).toBe(
      "Monday's intervals did not happen, so it moves to Tuesday, in place of the 50-minute easy session, which makes way: Tuesday has room for it and no hard session the day before or after, so no two hard days fall back to back and the long session keeps a fresh day before it.",
    );
    const applied = applyChanges(week, changes, new Set([changes[0]!.id]));
    expect(applied.map((w) => `${w.date} ${w.type}`)).toEqual([
      '2027-03-02 intervals',
      '2027-03-04 easy',
      '2027-03-07 long',
    ]);
  });

  it('skips a day next to a hard session, the long one, or without room, and prefers an empty day', () => {
    const week = [
      day('2027-03-01', 'tempo', 60),
      day('2027-03-03', 'intervals', 55),
      day('2027-03-05', 'easy', 40),
    ];
    // Tuesday and Thursday sit next to Wednesday's intervals; Friday allows only 45 minutes.
    const availability = [
      ...open(['mon', 'tue', 'wed', 'thu', 'sat', 'sun']),
      { day: 'fri' as const, maxMin: 45 },
    ];
    const input = { done: [], today: '2027-03-02', readiness: null, acwr: 1, availability };
    const { changes } = adaptPlan({ ...input, workouts: week });
    expect(changes.map((c) => [c.workoutId, c.after.date, c.replaces ?? null])).toEqual([
      ['2027-03-01-run-tempo', '2027-03-06', null],
    ]);
    expect(changes[0]!.reason).toMatch(
      /^Monday's threshold did not happen, so it moves to Saturday:/,
    );
    // With Sunday's long run, Saturday is beside it: a hard session never lands there.
    const withLong = adaptPlan({ ...input, workouts: [...week, day('2027-03-07', 'long', 100)] });
    expect(withLong.changes).toEqual([]);
    expect(withLong.notes.join(' ')).toMatch(/a hard day beside the long one/);
  });

  it('lets it go, saying why, when no later day in its week has room', () => {
    const week = [
      day('2027-03-01', 'intervals', 60),
      day('2027-03-03', 'tempo', 50),
      day('2027-03-04', 'easy', 30),
      day('2027-03-05', 'racePace', 50),
      day('2027-03-07', 'long', 100),
    ];
    const result = adaptPlan({
      workouts: week,
      done: [],
      today: '2027-03-02',
      readiness: null,
      acwr: 1,
    });
    expect(result.changes.filter((c) => c.kind === 'move')).toEqual([]);
    expect(result.notes.join(' ')).toContain(
      "Monday's intervals did not happen — no problem, we let it go: no later day this week has room for it without two hard days back to back",
    );
    const sunday = adaptPlan({
      workouts: week,
      done: [],
      today: '2027-03-08',
      readiness: null,
      acwr: 1,
    });
    expect(sunday.notes.join(' ')).toContain('its week is over');
  });

  it('lets a missed key session go, kindly, when readiness is low', () => {
    const missed = workouts.find((w) => w.date === '2027-02-10')!;
    const later = '2027-02-11';
    const result = adaptPlan({
      ...base,
      today: later,
      done: doneBefore(later, [missed.id]),
      readiness: { score: 45, advice: 'keepItEasy' },
    });
    expect(result.changes.some((c) => c.kind === 'move')).toBe(false);
    expect(result.notes.join(' ')).toMatch(/no problem, we let it go/);
  });

  it('declining every change leaves the plan exactly as it was', () => {
    const { changes } = adaptPlan({
      ...base,
      acwr: 1.8,
      readiness: { score: 30, advice: 'restOrVeryEasy' },
    });
    expect(changes.length).toBeGreaterThan(0);
    expect(applyChanges(workouts, changes, new Set())).toEqual(workouts);
  });
});

describe('adaptPlan properties', () => {
  it('never changes a locked workout or the race; every change has a reason; same inputs, same result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 125 }),
        fc.array(fc.boolean(), { minLength: workouts.length, maxLength: workouts.length }),
        fc.constantFrom(
          null,
          'asPlanned' as const,
          'keepItEasy' as const,
          'restOrVeryEasy' as const,
        ),
        fc.option(fc.double({ min: 0.5, max: 2.2, noNaN: true }), { nil: null }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (offset, locks, advice, acwr, doneShare) => {
          const locked = workouts.map((w, i) => ({ ...w, locked: locks[i]! }));
          const day = addDays('2026-12-07', offset);
          const done = doneBefore(day).filter((_, i) => (i * 0.618) % 1 < doneShare);
          const input: AdaptInput = {
            workouts: locked,
            done,
            today: day,
            readiness: advice ? { score: 40, advice } : null,
            acwr,
          };
          const result = adaptPlan(input);
          expect(adaptPlan(structuredClone(input))).toEqual(result);
          const byId = new Map(locked.map((w) => [w.id, w]));
          for (const change of result.changes) {
            const target = byId.get(change.workoutId)!;
            expect(target.locked).toBe(false);
            expect(target.type).not.toBe('race');
            expect(change.reason.length).toBeGreaterThan(20);
          }
          const applied = applyChanges(
            locked,
            result.changes,
            new Set(result.changes.map((c) => c.id)),
          );
          const appliedById = new Map(applied.map((w) => [w.id, w]));
          for (const w of locked.filter((x) => x.locked)) expect(appliedById.get(w.id)).toEqual(w);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
