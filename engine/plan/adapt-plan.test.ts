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

  it('moves a missed key session to a free day with nothing hard or long beside it', () => {
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
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'move',
      workoutId: '2027-03-01-run-intervals',
      after: { date: '2027-03-03', type: 'intervals' },
    });
    expect(changes[0]!.reason).toMatch(
      /Monday's intervals did not happen; Wednesday has room for it\./,
    );
    const applied = applyChanges(week, changes, new Set([changes[0]!.id]));
    expect(applied.map((w) => `${w.date} ${w.type}`)).toEqual([
      '2027-03-03 intervals',
      '2027-03-02 easy',
      '2027-03-04 easy',
      '2027-03-07 long',
    ]);
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
          locked.forEach((w, i) => {
            if (w.locked) expect(applied[i]).toEqual(w);
          });
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
