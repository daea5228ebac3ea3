import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenSteps } from '../workout/flatten-steps.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { addDays, daysBetween, weekdayOf, WEEKDAYS, type Weekday } from './calendar-date.ts';
import { generatePlan, type TrainingPlan } from './generate-plan.ts';
import type { PlanRequest } from './plan-request.ts';

/**
 * The plan rules, each checked against its own statement rather than the generator's
 * constants, over requests shaped like the CLI's `--minutes mon=45,wed=60,…` (every day limited)
 * and `--days` (no limits) with a preferred long day.
 */
const RUN_GOALS = ['5k', '10k', 'half-marathon', 'marathon', 'general-fitness'] as const;
const ROW_GOALS = ['2k', '5k', '6k', '30min', 'general-fitness'] as const;
const RACE_M: Record<string, number> = {
  '5k': 5000,
  '10k': 10000,
  'half-marathon': 21097.5,
  marathon: 42195,
  '2k': 2000,
  '6k': 6000,
  '30min': 7500,
};

/** Taper by distance: a week up to 10 k, two for the half, three for the marathon (goals.ts). */
const expectedTaperWeeks = (distanceM: number) =>
  distanceM > 30000 ? 3 : distanceM > 15000 ? 2 : 1;

const requestArb = fc
  .record({
    sport: fc.constantFrom('run' as const, 'row' as const),
    goalIndex: fc.nat(4),
    startOffset: fc.nat(400),
    weeksToRace: fc.integer({ min: 1, max: 30 }),
    raceWeekday: fc.nat(6),
    currentWeeklyMin: fc.integer({ min: 0, max: 600 }),
    days: fc.subarray([...WEEKDAYS], { minLength: 2 }),
    limits: fc.array(fc.integer({ min: 10, max: 240 }), { minLength: 7, maxLength: 7 }),
    limited: fc.boolean(),
    longPick: fc.nat(6),
    experience: fc.constantFrom('beginner' as const, 'intermediate' as const, 'advanced' as const),
  })
  .map((g): PlanRequest => {
    const goal = (g.sport === 'run' ? RUN_GOALS : ROW_GOALS)[g.goalIndex]!;
    const startDate = addDays('2026-06-01', g.startOffset);
    return {
      sport: g.sport,
      goal,
      raceDate:
        goal === 'general-fitness' ? null : addDays(startDate, g.weeksToRace * 7 + g.raceWeekday),
      startDate,
      currentWeeklyMin: g.currentWeeklyMin,
      days: g.days.map((day, i) => ({ day, maxMin: g.limited ? g.limits[i]! : null })),
      longDay: g.days[g.longPick % g.days.length]!,
      experience: g.experience,
      best: null,
      heartRateZones: null,
    };
  });

function planOf(req: PlanRequest): TrainingPlan {
  const result = generatePlan(req);
  if (!result.ok) throw new Error(`${result.error.type}: ${result.error.message}`);
  return result.plan;
}

function easyMinutes(w: PlannedWorkout): number {
  return flattenSteps(w.steps)
    .filter((s) => s.targets.some((t) => t.kind === 'heartRateZone' && t.zone <= 2))
    .reduce((sum, s) => sum + (s.length.kind === 'time' ? s.length.durationS / 60 : 0), 0);
}

describe('the issue’s plan rules, for --minutes and --days style availability', () => {
  it('long day, per-day minutes, taper by distance, 10 % rise and ~80 % easy hold for every plan', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const plan = planOf(req);
        const limitOf = new Map<Weekday, number | null>(req.days.map((d) => [d.day, d.maxMin]));
        let previous: number | null = null;
        let beforeLighter: number | null = null;
        for (const week of plan.weeks) {
          const training = week.workouts.filter((w) => w.type !== 'race');
          const minutes = training.reduce((s, w) => s + w.durationMin, 0);
          for (const w of training) {
            // Only offered days, and never more minutes than the athlete gave for that day.
            expect(limitOf.has(weekdayOf(w.date))).toBe(true);
            const limit = limitOf.get(weekdayOf(w.date));
            if (limit != null) expect(w.durationMin).toBeLessThanOrEqual(limit);
            // The long session is on the preferred long day.
            if (w.type === 'long') expect(weekdayOf(w.date)).toBe(req.longDay);
          }
          // About 80 % of training time easy (zones 1–2), counted from the steps themselves.
          if (minutes > 0) {
            const easy = training.reduce((s, w) => s + easyMinutes(w), 0);
            expect(easy / minutes).toBeGreaterThanOrEqual(0.8 - 1e-9);
          }
          // Week on week at most +10 %; the week after a lighter one may return to where it was.
          if (previous !== null && week.phase !== 'taper') {
            const bar = Math.max(previous * 1.1, beforeLighter ?? 0);
            expect(minutes).toBeLessThanOrEqual(bar + 1e-9);
          }
          beforeLighter = week.lighter ? previous : null;
          previous = minutes;
        }
        // Taper length by race distance, when the plan is long enough to hold it.
        const taper = plan.weeks.filter((w) => w.phase === 'taper').length;
        if (req.raceDate === null) expect(taper).toBe(0);
        else {
          const wanted = expectedTaperWeeks(RACE_M[req.goal]!);
          expect(taper).toBe(Math.min(wanted, plan.weeks.length - 1));
          // Taper weeks shrink: each is lighter than the last full week before the taper.
          const loading = plan.weeks.filter((w) => w.phase !== 'taper' && !w.lighter);
          const lastFull = loading.at(-1)?.plannedMinutes ?? Infinity;
          for (const w of plan.weeks.filter((x) => x.phase === 'taper')) {
            const train = w.workouts.filter((x) => x.type !== 'race');
            expect(train.reduce((s, x) => s + x.durationMin, 0)).toBeLessThanOrEqual(lastFull);
          }
        }
      }),
      { numRuns: 300, seed: 20270418 },
    );
  });

  it('with enough days and minutes, every loading week has its long session on the long day', () => {
    const plan = planOf({
      sport: 'run',
      goal: 'marathon',
      raceDate: '2027-10-10',
      startDate: '2027-05-03',
      currentWeeklyMin: 240,
      days: [
        { day: 'tue', maxMin: 60 },
        { day: 'thu', maxMin: 75 },
        { day: 'sat', maxMin: 45 },
        { day: 'sun', maxMin: 150 },
      ],
      longDay: 'sun',
      experience: 'intermediate',
      best: null,
      heartRateZones: null,
    });
    for (const week of plan.weeks.filter((w) => w.phase !== 'taper')) {
      const long = week.workouts.filter((w) => w.type === 'long');
      expect(long).toHaveLength(1);
      expect(weekdayOf(long[0]!.date)).toBe('sun');
      expect(daysBetween(week.start, long[0]!.date)).toBeLessThan(7);
    }
  });
});
