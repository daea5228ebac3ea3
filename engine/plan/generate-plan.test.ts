import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenSteps } from '../workout/flatten-steps.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { addDays, daysBetween, weekdayOf, WEEKDAYS } from './calendar-date.ts';
import { generatePlan, OPEN_DAY_MIN, type TrainingPlan } from './generate-plan.ts';
import { goalSpec } from './goals.ts';
import type { PlanRequest } from './plan-request.ts';
import { longShareCap } from './week-layout.ts';
import { MAX_WEEKLY_RISE, MIN_WEEKLY_MIN } from './weekly-volume.ts';

const HARD = new Set(['tempo', 'intervals', 'racePace', 'race']);

const requestArb: fc.Arbitrary<PlanRequest> = fc
  .record({
    sport: fc.constantFrom('run' as const, 'row' as const),
    goalIndex: fc.nat(4),
    startOffset: fc.nat(700),
    weeksToRace: fc.integer({ min: 0, max: 45 }),
    raceWeekday: fc.nat(6),
    currentWeeklyMin: fc.integer({ min: 0, max: 700 }),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    limits: fc.array(fc.option(fc.integer({ min: 20, max: 200 }), { nil: null }), {
      minLength: 7,
      maxLength: 7,
    }),
    longPick: fc.nat(7),
    experience: fc.constantFrom('beginner' as const, 'intermediate' as const, 'advanced' as const),
    withBest: fc.boolean(),
  })
  .map((g) => {
    const goals =
      g.sport === 'run'
        ? (['5k', '10k', 'half-marathon', 'marathon', 'general-fitness'] as const)
        : (['2k', '5k', '6k', '30min', 'general-fitness'] as const);
    const goal = goals[g.goalIndex]!;
    const startDate = addDays('2026-01-05', g.startOffset);
    const raceDate =
      goal === 'general-fitness' ? null : addDays(startDate, g.weeksToRace * 7 + g.raceWeekday);
    const best = !g.withBest
      ? null
      : g.sport === 'run'
        ? { distanceM: 10000, timeS: 2400 + g.startOffset * 3 }
        : { distanceM: 2000, timeS: 400 + (g.startOffset % 120) };
    return {
      sport: g.sport,
      goal,
      raceDate,
      startDate,
      currentWeeklyMin: g.currentWeeklyMin,
      days: g.days.map((day, i) => ({ day, maxMin: g.limits[i] ?? null })),
      longDay: g.longPick < g.days.length ? g.days[g.longPick]! : null,
      experience: g.experience,
      best,
      heartRateZones: null,
    } satisfies PlanRequest;
  });

function planOf(req: PlanRequest): TrainingPlan {
  const result = generatePlan(req);
  if (!result.ok) throw new Error(`${result.error.type}: ${result.error.message}`);
  return result.plan;
}

const trainingMin = (workouts: PlannedWorkout[]) =>
  workouts.filter((w) => w.type !== 'race').reduce((s, w) => s + w.durationMin, 0);

function hardMinutes(w: PlannedWorkout): number {
  return flattenSteps(w.steps)
    .filter((s) => s.targets.some((t) => t.kind === 'heartRateZone' && t.zone >= 3))
    .reduce((s, step) => s + (step.length.kind === 'time' ? step.length.durationS / 60 : 0), 0);
}

describe('generatePlan rules hold for every generated plan', () => {
  it('availability, hard days, easy share, long share, weekly rise, taper and race', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const plan = planOf(req);
        const goal = goalSpec(req.sport, req.goal)!;
        const limit = new Map(
          req.days.map((d) => [
            d.day,
            d.maxMin ?? (d.day === req.longDay ? goal.longCapMin : OPEN_DAY_MIN),
          ]),
        );
        let lastFull = Math.max(MIN_WEEKLY_MIN, req.currentWeeklyMin);
        let sinceLighter = 0;
        for (const week of plan.weeks) {
          const training = week.workouts.filter((w) => w.type !== 'race');
          const minutes = trainingMin(week.workouts);
          // Never more minutes on a day than the athlete has, and only on offered days.
          for (const w of training) {
            expect(limit.has(weekdayOf(w.date))).toBe(true);
            expect(w.durationMin).toBeLessThanOrEqual(limit.get(weekdayOf(w.date))!);
            expect(daysBetween(week.start, w.date)).toBeGreaterThanOrEqual(0);
            expect(daysBetween(week.start, w.date)).toBeLessThan(7);
          }
          expect(new Set(week.workouts.map((w) => w.date)).size).toBe(week.workouts.length);
          // At most two hard sessions (the race counts), and about 80 % of the time easy.
          expect(week.workouts.filter((w) => HARD.has(w.type)).length).toBeLessThanOrEqual(2);
          expect(training.reduce((s, w) => s + hardMinutes(w), 0)).toBeLessThanOrEqual(
            0.2 * minutes + 1e-9,
          );
          // The long session is at most ~30 % of the week (an even share when days are few).
          const days = new Set(training.map((w) => w.date)).size;
          for (const long of training.filter((w) => w.type === 'long')) {
            expect(long.durationMin).toBeLessThanOrEqual(
              longShareCap(Math.max(days, 1)) * (minutes + 5) + 5,
            );
          }
          // At most 10 % above the last full week; lighter and taper weeks do not raise the bar.
          expect(minutes).toBeLessThanOrEqual(lastFull * (1 + MAX_WEEKLY_RISE) + 1e-9);
          if (!week.lighter && week.phase !== 'taper') {
            lastFull = minutes;
            sinceLighter++;
          } else if (week.lighter) sinceLighter = 0;
          expect(sinceLighter).toBeLessThanOrEqual(req.experience === 'beginner' ? 3 : 4);
        }
        const races = plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type === 'race');
        if (req.raceDate === null) {
          expect(races).toHaveLength(0);
        } else {
          expect(races.map((r) => r.date)).toEqual([req.raceDate]);
          const last = plan.weeks.at(-1)!;
          expect(last.workouts.at(-1)!.type).toBe('race');
          const taper = plan.weeks.filter((w) => w.phase === 'taper').length;
          expect(taper).toBe(Math.min(goal.taperWeeks, Math.max(1, plan.weeks.length - 1)));
          expect(plan.weeks.slice(-taper).every((w) => w.phase === 'taper')).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('gives the same plan for the same request', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        expect(planOf(structuredClone(req))).toEqual(planOf(req));
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});

describe('generatePlan examples', () => {
  const half: PlanRequest = {
    sport: 'run',
    goal: 'half-marathon',
    raceDate: '2027-04-18',
    startDate: '2026-12-07',
    currentWeeklyMin: 240,
    days: ['mon', 'wed', 'fri', 'sun'].map((day) => ({
      day: day as PlanRequest['longDay'] & string,
      maxMin: null,
    })),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 10000, timeS: 2700 },
    heartRateZones: null,
  };

  it('puts the long run on Sunday and the race as the last workout on its date', () => {
    const plan = planOf(half);
    expect(plan.weeks).toHaveLength(19);
    const longs = plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type === 'long');
    expect(longs.length).toBeGreaterThan(10);
    expect(longs.every((w) => weekdayOf(w.date) === 'sun')).toBe(true);
    const race = plan.weeks.at(-1)!.workouts.at(-1)!;
    expect(race).toMatchObject({ type: 'race', date: '2027-04-18' });
    expect(race.steps[0]).toMatchObject({ length: { kind: 'distance', distanceM: 21097.5 } });
    expect(plan.weeks.map((w) => w.phase)).toContain('peak');
  });

  it('with every day offered, a plan starts on its start date and still rests one day a week', () => {
    for (let offset = 0; offset < 7; offset += 1) {
      for (const [sport, currentWeeklyMin] of [
        ['run', 0],
        ['row', 0],
        ['run', 300],
        ['row', 300],
      ] as const) {
        const startDate = addDays('2026-11-16', offset);
        const plan = planOf({
          sport,
          goal: 'general-fitness',
          raceDate: null,
          startDate,
          currentWeeklyMin,
          days: WEEKDAYS.map((day) => ({ day, maxMin: null })),
          longDay: null,
          experience: 'intermediate',
          best: null,
          heartRateZones: null,
        });
        expect(plan.weeks[0]!.workouts[0]!.date).toBe(startDate);
        for (const week of plan.weeks) {
          expect(new Set(week.workouts.map((w) => w.date)).size).toBeLessThanOrEqual(6);
        }
      }
    }
  });

  it('running work steps carry Daniels paces: threshold near 4:47 /km for a 45:00 10 k', () => {
    const plan = planOf(half);
    const tempo = plan.weeks.flatMap((w) => w.workouts).find((w) => w.type === 'tempo')!;
    const work = flattenSteps(tempo.steps).find((s) => s.kind === 'work')!;
    const pace = work.targets.find((t) => t.kind === 'pace');
    expect(pace?.kind).toBe('pace');
    if (pace?.kind !== 'pace') return;
    // VDOT 45.3; threshold 83–88 % VO2max.
    expect(pace.fastestSPerKm).toBeGreaterThan(270);
    expect(pace.slowestSPerKm).toBeLessThan(300);
  });

  it('rowing 2k plans carry split, power and stroke-rate targets from the best 2k', () => {
    const plan = planOf({
      ...half,
      sport: 'row',
      goal: '2k',
      raceDate: '2027-02-20',
      best: { distanceM: 2000, timeS: 465 },
    });
    const interval = plan.weeks.flatMap((w) => w.workouts).find((w) => w.type === 'intervals')!;
    const work = flattenSteps(interval.steps).find((s) => s.kind === 'work')!;
    const kinds = work.targets.map((t) => t.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['split', 'power', 'strokeRate', 'heartRateZone']),
    );
    const split = work.targets.find((t) => t.kind === 'split');
    if (split?.kind !== 'split') throw new Error('no split');
    expect(split.fastestS500m).toBeCloseTo(116.25, 1);
    expect(split.slowestS500m).toBeCloseTo(116.25 + 5 * Math.log2(1.5), 1);
  });

  it('returns typed errors for a race before the start or too far away, and for bad input', () => {
    expect(generatePlan({ ...half, raceDate: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { type: 'RaceTooSoon' },
    });
    expect(generatePlan({ ...half, raceDate: '2029-04-18' })).toMatchObject({
      ok: false,
      error: { type: 'RaceTooFar' },
    });
    expect(generatePlan({ ...half, goal: '2k' })).toMatchObject({
      ok: false,
      error: { type: 'InvalidRequest' },
    });
    expect(generatePlan({ ...half, days: [] })).toMatchObject({
      ok: false,
      error: { type: 'InvalidRequest' },
    });
  });
});
