import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from './calendar-date.ts';
import { generatePlan, type PlanWeek, type TrainingPlan } from './generate-plan.ts';
import { goalSpec } from './goals.ts';
import type { PlanRequest } from './plan-request.ts';
import { athleteArb, minutesOf, trainingOf } from './test-support/athlete-grid.ts';

/**
 * The plan model's rules (docs/PLANS.md), each checked against its own statement over the grid of
 * athletes, not against the generator's constants. A request the generator refuses must say why
 * and what would work; every plan it makes must follow every rule.
 */
const RUNS = 400;
const SEED = 20_270_901;

type Made = { req: PlanRequest; plan: TrainingPlan };

function made(req: PlanRequest): Made | null {
  const result = generatePlan(req);
  if (result.ok) return { req, plan: result.plan };
  expect(result.error.type).toBe('GoalNotRealistic');
  expect(result.error.feasibility?.changes.length).toBeGreaterThan(0);
  expect(result.error.message).toMatch(/What would work: /);
  return null;
}

const isFull = (w: PlanWeek) => w.phase !== 'taper' && !w.lighter;
const longOf = (w: PlanWeek) =>
  Math.max(0, ...w.workouts.filter((x) => x.type === 'long').map((x) => x.durationMin));
/** Offered days that can hold a 20-minute session, at most six (one rest day a week). */
const usableDays = (req: PlanRequest) =>
  Math.min(6, req.days.filter((d) => d.maxMin === null || d.maxMin >= 20).length);

function checkVolume({ req, plan }: Made): void {
  const minutes = plan.weeks.map((w) => minutesOf(w.workouts));
  const top = Math.max(...plan.weeks.filter(isFull).map((w) => minutesOf(w.workouts)));
  let lastFull = minutes[0]!;
  plan.weeks.forEach((week, i) => {
    if (i === 0) return;
    const m = minutes[i]!;
    if (isFull(week)) {
      // At most 10 % above the last full week, and never stuck below the top (no drift).
      expect(m).toBeLessThanOrEqual(lastFull * 1.1 + 1e-9);
      if (m <= lastFull) expect(m).toBe(top);
      lastFull = m;
    } else if (week.lighter) expect(m).toBeLessThan(lastFull);
    else expect(m).toBeLessThanOrEqual(lastFull);
  });
  // The week after a lighter one resumes the climb from the full week before it.
  plan.weeks.forEach((week, i) => {
    const next = plan.weeks[i + 1];
    if (!week.lighter || !next || !isFull(next)) return;
    const before = minutes.slice(0, i).findLast((_, j) => isFull(plan.weeks[j]!))!;
    expect(minutes[i + 1]!).toBeGreaterThanOrEqual(before);
  });
  // A lighter week every 3rd (beginners) or 4th week: never more full weeks in a row than that.
  const every = req.experience === 'beginner' ? 3 : 4;
  let run = 0;
  for (const w of plan.weeks.filter((x) => x.phase !== 'taper')) {
    run = w.lighter ? 0 : run + 1;
    expect(run).toBeLessThanOrEqual(every);
  }
}

function checkDaysAndSessions({ req, plan }: Made): void {
  const limit = new Map(req.days.map((d) => [d.day, d.maxMin]));
  const floor = Math.min(3, usableDays(req));
  for (const week of plan.weeks) {
    const training = trainingOf(week.workouts);
    for (const w of training) {
      expect(limit.has(weekdayOf(w.date))).toBe(true);
      const max = limit.get(weekdayOf(w.date));
      if (max != null) expect(w.durationMin).toBeLessThanOrEqual(max);
      if (w.type === 'long') expect(weekdayOf(w.date)).toBe(req.longDay);
      expect(daysBetween(week.start, w.date)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(week.start, w.date)).toBeLessThan(7);
    }
    expect(new Set(week.workouts.map((w) => w.date)).size).toBe(week.workouts.length);
    const race = week.workouts.find((w) => w.type === 'race');
    // Small plans never collapse: at least three sessions a week (fewer only when fewer days
    // are offered, or in the race week, counting the race and the offered days before it).
    const daysBeforeRace = race
      ? Array.from({ length: daysBetween(week.start, race.date) }, (_, k) =>
          weekdayOf(addDays(week.start, k)),
        ).filter((d) => limit.has(d) && (limit.get(d) ?? 20) >= 20).length
      : 0;
    const wanted = race ? Math.min(floor, 1 + daysBeforeRace) : floor;
    expect(week.workouts.length).toBeGreaterThanOrEqual(wanted);
  }
}

function checkLongSession({ req, plan }: Made): void {
  const goal = goalSpec(req.sport, req.goal)!;
  const longLimit = req.days.find((d) => d.day === req.longDay)?.maxMin ?? Infinity;
  const longs = plan.weeks.map(longOf);
  for (const long of longs) expect(long).toBeLessThanOrEqual(Math.min(180, longLimit));
  // The long session is the week's longest steady one, unless it is at its ceiling: the long
  // day's limit, or the goal's long session (the plan's longest).
  const ceiling = Math.min(Math.floor(longLimit / 5) * 5, Math.max(...longs));
  plan.weeks.forEach((w, i) => {
    const steady = w.workouts.filter((x) => x.type === 'easy' || x.type === 'recovery');
    if (longs[i]! > 0 && longs[i]! < ceiling)
      for (const x of steady) expect(x.durationMin).toBeLessThanOrEqual(longs[i]!);
  });
  // Every full week with room for two sessions has its long session.
  plan.weeks.forEach((w, i) => {
    if (isFull(w) && usableDays(req) >= 2) expect(longs[i]!).toBeGreaterThan(0);
  });
  // A realistic plan reaches the goal's ready volume and long session before the taper.
  if (plan.feasibility.status === 'realistic' && goal.readyWeeklyMin > 0) {
    const full = plan.weeks.filter(isFull);
    expect(Math.max(...full.map((w) => minutesOf(w.workouts)))).toBeGreaterThanOrEqual(
      goal.readyWeeklyMin,
    );
    expect(Math.max(...full.map(longOf))).toBeGreaterThanOrEqual(goal.readyLongMin);
  }
}

function checkFeasibilityAndAssumptions({ req, plan }: Made): void {
  expect(['realistic', 'stretch']).toContain(plan.feasibility.status);
  if (plan.feasibility.status === 'stretch') {
    expect(plan.warnings.length).toBeGreaterThan(0);
    expect(plan.notes).toEqual(expect.arrayContaining(plan.warnings));
  }
  const fields = plan.assumptions.map((a) => a.field);
  if (req.best === null) expect(fields).toContain('best');
  if (req.heartRateZones === null) expect(fields).toContain('heartRateZones');
  if (req.currentLongMin == null && req.goal !== 'general-fitness')
    expect(fields).toContain('currentLongMin');
}

describe('plans over the grid of athletes follow the plan model', () => {
  const cases = fc.sample(athleteArb, { numRuns: RUNS, seed: SEED });
  const plans = cases.map(made).filter((m): m is Made => m !== null);

  it('makes most requests, and refuses the rest with the reason and what would work', () => {
    expect(plans.length).toBeGreaterThan(RUNS * 0.5);
  });
  it('volume climbs ≤ 10 % a week with step-back weeks and no drift', () => {
    plans.forEach(checkVolume);
  });
  it('uses only the offered days and minutes, and never falls under three sessions a week', () => {
    plans.forEach(checkDaysAndSessions);
  });
  it('builds the long session on the long day toward the goal', () => {
    plans.forEach(checkLongSession);
  });
  it('states feasibility, warns on a stretch and lists every assumption', () => {
    plans.forEach(checkFeasibilityAndAssumptions);
  });
  it('gives the same plan for the same request', () => {
    for (const { req, plan } of plans.slice(0, 40))
      expect(generatePlan(structuredClone(req))).toEqual({ ok: true, plan });
  });
});
