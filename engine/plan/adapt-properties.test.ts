import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { adaptPlan, applyChanges } from './adapt-plan.ts';
import { addDays, daysBetween, WEEKDAYS } from './calendar-date.ts';
import { generatePlan } from './generate-plan.ts';
import type { DoneActivity } from './match-activities.ts';

/** Blaming words stay out of every reason and note (the project's supportive-copy rule). */
const FORBIDDEN = /\b(fail(ed|ure)?|miss(ed|ing)?|bad|poor|lazy|should have|behind)\b/i;

/** Adjacent hard pairs as "id@date|id@date", to compare plans before and after adaptation. */
function hardPairs(ws: PlannedWorkout[]): Set<string> {
  const hard = ws.filter((w) => isHard(w.type)).sort((a, b) => (a.date < b.date ? -1 : 1));
  const pairs = new Set<string>();
  for (const a of hard)
    for (const b of hard)
      if (daysBetween(a.date, b.date) === 1) pairs.add(`${a.id}@${a.date}|${b.id}@${b.date}`);
  return pairs;
}

describe('adaptPlan keeps hard days apart', () => {
  it('after accepting every change: ≤ 2 hard sessions a week and no new back-to-back hard days', () => {
    fc.assert(
      fc.property(
        fc.record({
          days: fc.subarray([...WEEKDAYS], { minLength: 2 }),
          longPick: fc.nat(6),
          weeklyMin: fc.integer({ min: 120, max: 420 }),
          offset: fc.integer({ min: 0, max: 120 }),
          doneShare: fc.double({ min: 0, max: 1, noNaN: true }),
          lockShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
          advice: fc.constantFrom(null, 'asPlanned' as const, 'keepItEasy' as const),
        }),
        ({ days, longPick, weeklyMin, offset, doneShare, lockShare, advice }) => {
          const result = generatePlan({
            sport: 'run',
            goal: 'marathon',
            raceDate: '2027-05-02',
            startDate: '2026-12-07',
            currentWeeklyMin: weeklyMin,
            days: days.map((d) => ({ day: d, maxMin: null })),
            longDay: days[longPick % days.length]!,
            experience: 'intermediate',
            best: null,
            heartRateZones: null,
          });
          if (!result.ok) throw new Error(result.error.message);
          const plan = result.plan.weeks
            .flatMap((w) => w.workouts)
            .map((w, i) => ({ ...w, locked: (i * 0.381) % 1 < lockShare }));
          const today = addDays('2026-12-07', offset);
          // Some sessions before today were done, the rest (key ones included) were not.
          const done: DoneActivity[] = plan
            .filter((w, i) => w.date < today && (i * 0.618) % 1 < doneShare)
            .map((w) => ({ date: w.date, sport: w.sport, durationMin: w.durationMin, load: 50 }));
          const { changes, notes } = adaptPlan({
            workouts: plan,
            done,
            today,
            readiness: advice ? { score: 50, advice } : null,
            acwr: 1.1,
            weekStart: '2026-12-07',
          });
          for (const text of [...notes, ...changes.map((c) => c.reason)])
            expect(text).not.toMatch(FORBIDDEN);
          const after = applyChanges(plan, changes, new Set(changes.map((c) => c.id)));
          for (const week of result.plan.weeks) {
            const inWeek = (ws: PlannedWorkout[]) =>
              ws
                .filter((w) => isHard(w.type) && daysBetween(week.start, w.date) >= 0)
                .filter((w) => daysBetween(week.start, w.date) < 7).length;
            expect(inWeek(after)).toBeLessThanOrEqual(Math.max(2, inWeek(plan)));
          }
          const before = hardPairs(plan);
          for (const pair of hardPairs(after)) expect(before.has(pair)).toBe(true);
          for (const c of changes.filter((x) => x.kind === 'move')) {
            expect(c.reason).toMatch(/did not happen, so it moves to \w+day/);
            expect(c.after.date >= today).toBe(true);
            // A moved hard session never lands next to the long one.
            if (isHard(c.after.type))
              for (const w of after.filter((x) => x.type === 'long'))
                expect(Math.abs(daysBetween(w.date, c.after.date))).toBeGreaterThan(1);
          }
        },
      ),
      { numRuns: 200, seed: 2027 },
    );
  });

  it('moves at least some missed key sessions across those plans (the rule is not a no-op)', () => {
    const result = generatePlan({
      sport: 'run',
      goal: 'marathon',
      raceDate: '2027-05-02',
      startDate: '2026-12-07',
      currentWeeklyMin: 300,
      days: ['mon', 'tue', 'thu', 'fri', 'sun'].map((d) => ({ day: d as 'mon', maxMin: null })),
      longDay: 'sun',
      experience: 'intermediate',
      best: null,
      heartRateZones: null,
    });
    if (!result.ok) throw new Error(result.error.message);
    const plan = result.plan.weeks.flatMap((w) => w.workouts);
    let moved = 0;
    for (let offset = 1; offset < 140; offset++) {
      const today = addDays('2026-12-07', offset);
      const done = plan
        .filter((w) => w.date < addDays(today, -1))
        .map((w) => ({ date: w.date, sport: w.sport, durationMin: w.durationMin, load: 50 }));
      const { changes } = adaptPlan({ workouts: plan, done, today, readiness: null, acwr: 1 });
      moved += changes.filter((c) => c.kind === 'move').length;
    }
    expect(moved).toBeGreaterThan(5);
  });
});
