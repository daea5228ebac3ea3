import { describe, expect, it } from 'vitest';
import { flattenSteps } from '../workout/flatten-steps.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { addDays, daysBetween, weekdayOf, WEEKDAYS, type Weekday } from './calendar-date.ts';
import { generatePlan, type TrainingPlan } from './generate-plan.ts';
import type { PlanRequest } from './plan-request.ts';

/** The athletes of the issue, tried as a new user would, and the plan a coach would expect. */
function planOf(req: PlanRequest): TrainingPlan {
  const result = generatePlan(req);
  if (!result.ok) throw new Error(`${result.error.type}: ${result.error.message}`);
  return result.plan;
}

const open = (...days: Weekday[]) => days.map((day) => ({ day, maxMin: null }));
const all = (plan: TrainingPlan) => plan.weeks.flatMap((w) => w.workouts);
const longest = (plan: TrainingPlan) =>
  Math.max(
    ...all(plan)
      .filter((w) => w.type === 'long')
      .map((w) => w.durationMin),
  );
const training = (ws: PlannedWorkout[]) => ws.filter((w) => w.type !== 'race');
const minutes = (ws: PlannedWorkout[]) => training(ws).reduce((s, w) => s + w.durationMin, 0);
const work = (w: PlannedWorkout) => flattenSteps(w.steps).filter((s) => s.kind === 'work');

const half: PlanRequest = {
  sport: 'run',
  goal: 'half-marathon',
  raceDate: '2027-04-18',
  startDate: '2026-12-07',
  currentWeeklyMin: 240,
  days: open('mon', 'wed', 'fri', 'sun'),
  longDay: 'sun',
  experience: 'intermediate',
  best: { distanceM: 10000, timeS: 2700 },
  heartRateZones: null,
};

describe('plans a coach would sign', () => {
  it('a beginner half marathon from 100 min a week builds, and its long run reaches 90 min', () => {
    const plan = planOf({
      ...half,
      raceDate: '2027-04-25',
      startDate: '2027-01-04',
      currentWeeklyMin: 100,
      days: open('tue', 'thu', 'sun'),
      experience: 'beginner',
      best: null,
    });
    expect(plan.feasibility.status).toBe('realistic');
    expect(longest(plan)).toBeGreaterThanOrEqual(90);
    const full = plan.weeks.filter((w) => w.phase !== 'taper' && !w.lighter);
    expect(Math.max(...full.map((w) => minutes(w.workouts)))).toBeGreaterThanOrEqual(180);
  });

  it('a beginner 10 km on four one-hour days starts with the long run the longest of its week', () => {
    const plan = planOf({
      ...half,
      goal: '10k',
      raceDate: '2027-02-28',
      startDate: '2026-11-30',
      currentWeeklyMin: 120,
      days: ['tue', 'thu', 'sat', 'sun'].map((day) => ({ day: day as Weekday, maxMin: 60 })),
      experience: 'beginner',
      best: null,
    });
    for (const week of plan.weeks) {
      const long = week.workouts.find((w) => w.type === 'long');
      if (!long) continue;
      for (const w of week.workouts.filter((x) => x.type === 'easy' || x.type === 'recovery'))
        expect(w.durationMin).toBeLessThanOrEqual(long.durationMin);
    }
    expect(minutes(plan.weeks[0]!.workouts)).toBeGreaterThanOrEqual(115);
  });

  it('a 3-day marathoner’s long run builds past 150 minutes, capped by the day, not the week', () => {
    const plan = planOf({
      ...half,
      goal: 'marathon',
      raceDate: '2027-05-02',
      startDate: '2027-01-04',
      days: open('tue', 'thu', 'sun'),
    });
    expect(longest(plan)).toBeGreaterThanOrEqual(150);
    const capped = planOf({
      ...half,
      goal: 'marathon',
      raceDate: '2027-05-02',
      startDate: '2027-01-04',
      days: [...open('tue', 'thu'), { day: 'sun', maxMin: 160 }],
    });
    expect(longest(capped)).toBe(160);
  });

  it('a beginner 6k rowing plan keeps three sessions and its volume to the race', () => {
    const plan = planOf({
      ...half,
      sport: 'row',
      goal: '6k',
      raceDate: '2027-04-24',
      startDate: '2027-01-04',
      currentWeeklyMin: 100,
      days: open('mon', 'wed', 'sat'),
      longDay: 'sat',
      experience: 'beginner',
      best: null,
    });
    for (const week of plan.weeks.slice(-7, -1)) {
      expect(training(week.workouts).length).toBeGreaterThanOrEqual(3);
      expect(minutes(week.workouts)).toBeGreaterThanOrEqual(90);
    }
  });

  it('refuses a 4-week marathon from 100 minutes a week, saying what would work', () => {
    const result = generatePlan({
      ...half,
      goal: 'marathon',
      raceDate: '2027-01-31',
      startDate: '2027-01-04',
      currentWeeklyMin: 100,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.type).toBe('GoalNotRealistic');
    expect(result.error.message).toMatch(/not realistic yet/);
    expect(result.error.message).toMatch(/a race on or after \d{4}-\d{2}-\d{2}/);
    expect(result.error.message).toMatch(/choose (5 km|10 km) on the same date/);
  });

  it('warns about a stretch goal in notes and warnings, and still builds', () => {
    const plan = planOf({ ...half, raceDate: '2027-02-07', currentWeeklyMin: 120 });
    expect(plan.feasibility.status).toBe('stretch');
    expect(plan.warnings[0]).toMatch(/is a stretch/);
    expect(plan.notes).toContain(plan.warnings[0]);
  });

  it('sizes race-pace reps by the race: 500 m for a 6:45 2k rower, 1 km for an 18:00 5 km runner', () => {
    const row = planOf({
      ...half,
      sport: 'row',
      goal: '2k',
      raceDate: '2027-03-28',
      best: { distanceM: 2000, timeS: 405 },
    });
    const piece = all(row).find((w) => w.type === 'racePace')!;
    expect(work(piece)[0]!.length).toEqual({ kind: 'distance', distanceM: 500 });
    const run = planOf({
      ...half,
      goal: '5k',
      raceDate: '2027-03-28',
      best: { distanceM: 5000, timeS: 1080 },
    });
    const reps = all(run).find((w) => w.type === 'racePace')!;
    expect(work(reps)[0]!.length).toEqual({ kind: 'distance', distanceM: 1000 });
    for (const w of all(run).filter((x) => x.type === 'intervals')) {
      const metres = work(w).reduce(
        (s, x) => s + (x.length.kind === 'distance' ? x.length.distanceM : 0),
        0,
      );
      expect(metres).toBeLessThanOrEqual(10_000);
    }
  });

  it('gives an HR-only marathoner Daniels’ M effort (80–90 % of max) on race day, not threshold', () => {
    const plan = planOf({
      ...half,
      goal: 'marathon',
      raceDate: '2027-05-02',
      best: null,
      heartRateZones: [
        { minBpm: 120, maxBpm: 134 },
        { minBpm: 134, maxBpm: 148 },
        { minBpm: 148, maxBpm: 162 },
        { minBpm: 162, maxBpm: 176 },
        { minBpm: 176, maxBpm: 190 },
      ],
    });
    const race = all(plan).find((w) => w.type === 'race')!;
    expect(work(race)[0]!.targets[0]).toEqual({
      kind: 'heartRateZone',
      zone: 3,
      minBpm: 152,
      maxBpm: 171,
    });
  });

  it('tapers: nothing long or hard in the two days before the race', () => {
    const plan = planOf({ ...half, goal: 'marathon', raceDate: '2027-05-04' });
    const near = training(all(plan)).filter((w) => daysBetween(w.date, '2027-05-04') <= 2);
    expect(near.length).toBeGreaterThan(0);
    for (const w of near) {
      expect(w.durationMin).toBeLessThanOrEqual(30);
      expect(['easy', 'recovery']).toContain(w.type);
    }
  });

  it('says what it assumed: current long run, paces and heart-rate zones', () => {
    const plan = planOf({ ...half, best: null });
    expect(plan.assumptions.map((a) => a.field)).toEqual([
      'currentLongMin',
      'best',
      'heartRateZones',
    ]);
    expect(planOf({ ...half, currentLongMin: 75 }).assumptions.map((a) => a.field)).toEqual([
      'heartRateZones',
    ]);
  });
});

describe('generatePlan basics', () => {
  it('puts the long run on Sunday and the race as the last workout on its date', () => {
    const plan = planOf(half);
    expect(plan.weeks).toHaveLength(19);
    const longs = all(plan).filter((w) => w.type === 'long');
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
          ...half,
          sport,
          goal: 'general-fitness',
          raceDate: null,
          startDate,
          currentWeeklyMin,
          days: open(...WEEKDAYS),
          longDay: null,
        });
        expect(plan.weeks[0]!.workouts[0]!.date).toBe(startDate);
        for (const week of plan.weeks)
          expect(new Set(week.workouts.map((w) => w.date)).size).toBeLessThanOrEqual(6);
      }
    }
  });

  it('running work steps carry Daniels paces: threshold near 4:47 /km for a 45:00 10 k', () => {
    const tempo = all(planOf(half)).find((w) => w.type === 'tempo')!;
    const pace = work(tempo)[0]!.targets.find((t) => t.kind === 'pace');
    if (pace?.kind !== 'pace') throw new Error('no pace');
    // VDOT 45.3; threshold 83–88 % VO2max.
    expect(pace.fastestSPerKm).toBeGreaterThan(270);
    expect(pace.slowestSPerKm).toBeLessThan(300);
  });

  it('rowing intervals are TR: 2k + 2.5 to 2k + 7.5 s /500 m, with power and rate', () => {
    const plan = planOf({
      ...half,
      sport: 'row',
      goal: '2k',
      raceDate: '2027-02-20',
      best: { distanceM: 2000, timeS: 465 },
    });
    const interval = all(plan).find((w) => w.type === 'intervals')!;
    const step = work(interval)[0]!;
    expect(step.targets.map((t) => t.kind)).toEqual([
      'heartRateZone',
      'split',
      'power',
      'strokeRate',
    ]);
    const split = step.targets.find((t) => t.kind === 'split');
    if (split?.kind !== 'split') throw new Error('no split');
    expect(split.fastestS500m).toBeCloseTo(116.25 + 2.5, 6);
    expect(split.slowestS500m).toBeCloseTo(116.25 + 7.5, 6);
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
    expect(generatePlan({ ...half, startDate: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { type: 'InvalidRequest' },
    });
  });
});
