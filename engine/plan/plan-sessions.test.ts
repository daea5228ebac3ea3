import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paulsSplit } from '../predict/pauls-law.ts';
import { flattenSteps } from '../workout/flatten-steps.ts';
import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout, SimpleStep } from '../workout/types.ts';
import { rowingZonesFrom2kSplit } from '../zones/rowing-zones.ts';
import { daysBetween } from './calendar-date.ts';
import { generatePlan, type TrainingPlan } from './generate-plan.ts';
import { goalSpec } from './goals.ts';
import type { PlanRequest } from './plan-request.ts';
import {
  athleteArb,
  hardMinutes,
  minutesOf,
  stepMetres,
  stepSeconds,
  trainingOf,
  workSteps,
} from './test-support/athlete-grid.ts';

/**
 * The sessions inside the plans of the athlete grid: hard time, the sources' caps on repeats, reps
 * sized by the race, rowing bands that agree with the analysis zones, marathon effort by heart
 * rate, and a taper that leaves the athlete fresh.
 */
const made = fc
  .sample(athleteArb, { numRuns: 400, seed: 20_270_902 })
  .map((req) => ({ req, result: generatePlan(req) }))
  .flatMap(({ req, result }) => (result.ok ? [{ req, plan: result.plan }] : []));
const all = (plan: TrainingPlan) => plan.weeks.flatMap((w) => w.workouts);
const sumOf = (ws: PlannedWorkout[], f: (s: SimpleStep) => number | null) =>
  ws.flatMap((w) => flattenSteps(w.steps)).reduce((s, step) => s + (f(step) ?? 0), 0);
const work = (w: PlannedWorkout) => workSteps(w).reduce((s, x) => s + (stepMetres(x) ?? 0), 0);
const zoneOf = (s: SimpleStep) => {
  const hr = s.targets.find((t) => t.kind === 'heartRateZone');
  return hr?.kind === 'heartRateZone' ? hr : null;
};
const raceM = (req: PlanRequest) => goalSpec(req.sport, req.goal)!.distanceM;

/** A race-pace rep is at most half the race: 1 km for a 5 km runner, 500 m for a 2k rower. */
function checkRep(req: PlanRequest, step: SimpleStep, raceS: number): void {
  if (step.length.kind !== 'distance') {
    expect(stepSeconds(step)!).toBeLessThanOrEqual(raceS / 2 + 30);
    return;
  }
  expect(step.length.distanceM).toBeLessThanOrEqual((raceM(req) ?? 7500) / 2);
  if (req.goal === '5k' && req.sport === 'run')
    expect(step.length.distanceM).toBeLessThanOrEqual(1000);
  if (req.goal === '2k') expect(step.length.distanceM).toBeLessThanOrEqual(500);
}

describe('sessions over the grid of athletes', () => {
  it('keeps ≤ 2 hard sessions a week and about 80 % of the time easy', () => {
    for (const { plan } of made)
      for (const week of plan.weeks) {
        expect(week.workouts.filter((w) => isHard(w.type)).length).toBeLessThanOrEqual(2);
        const hard = trainingOf(week.workouts).reduce((s, w) => s + hardMinutes(w), 0);
        expect(hard).toBeLessThanOrEqual(0.2 * minutesOf(week.workouts) + 0.5);
      }
  });

  it('caps running intervals at the lesser of 8 % of the week’s distance and 10 km (Daniels)', () => {
    for (const { req, plan } of made.filter((m) => m.req.sport === 'run' && m.req.best)) {
      expect(req.best).not.toBeNull();
      for (const week of plan.weeks) {
        const weekM = sumOf(trainingOf(week.workouts), stepMetres);
        for (const w of week.workouts.filter((x) => x.type === 'intervals'))
          expect(work(w)).toBeLessThanOrEqual(Math.min(0.08 * weekM, 10_000) + 1);
      }
    }
  });

  it('sizes race-pace reps by the race: at most half of it, 1 km for a 5 km, 500 m for a 2k', () => {
    for (const { req, plan } of made) {
      const race = all(plan).find((w) => w.type === 'race');
      if (!race) continue;
      const raceS = race.durationMin * 60;
      for (const step of all(plan)
        .filter((x) => x.type === 'racePace')
        .flatMap(workSteps))
        checkRep(req, step, raceS);
    }
  });

  it('keeps rowing AN work to 4 km and TR intervals to 8 km a session (the Pete Plan)', () => {
    for (const { req, plan } of made.filter((m) => m.req.sport === 'row' && m.req.best)) {
      for (const w of all(plan)) {
        if (w.type === 'intervals') expect(work(w)).toBeLessThanOrEqual(8000 + 1);
        if (w.type === 'racePace' && req.goal === '2k') expect(work(w)).toBeLessThanOrEqual(4001);
      }
    }
  });

  it('gives rowing splits inside the band the analysis counts them in', () => {
    const bandOfZone = ['UT2', 'UT2', 'UT1', 'AT', 'TR'];
    for (const { req, plan } of made.filter((m) => m.req.sport === 'row' && m.req.best)) {
      const split2k = paulsSplit(
        req.best!.distanceM,
        (req.best!.timeS / req.best!.distanceM) * 500,
        2000,
      );
      const zones = rowingZonesFrom2kSplit(split2k);
      const bandOf = (speed: number) => zones.findLast((z) => speed >= z.min)?.name;
      for (const w of all(plan).filter((x) => x.type !== 'racePace' && x.type !== 'race')) {
        for (const step of flattenSteps(w.steps)) {
          const split = step.targets.find((t) => t.kind === 'split');
          if (split?.kind !== 'split') continue;
          const wanted = bandOfZone[zoneOf(step)!.zone - 1];
          expect(bandOf(500 / split.slowestS500m + 1e-7)).toBe(wanted);
          expect(bandOf(500 / split.fastestS500m - 1e-7)).toBe(wanted);
        }
      }
      if (req.goal === '2k') {
        const race = all(plan).find((w) => w.type === 'race')!;
        const split = flattenSteps(race.steps)[0]!.targets.find((t) => t.kind === 'split');
        if (split?.kind === 'split') expect(bandOf(500 / split.slowestS500m)).toBe('AN');
      }
    }
  });

  it('sets marathon effort by heart rate at 80–90 % of maximum, not threshold', () => {
    const marathons = made.filter((m) => m.req.goal === 'marathon' && m.req.heartRateZones);
    expect(marathons.length).toBeGreaterThan(0);
    for (const { req, plan } of marathons) {
      const maxHr = req.heartRateZones![4]!.maxBpm;
      for (const w of all(plan).filter((x) => x.type === 'race' || x.type === 'racePace')) {
        const hr = zoneOf(workSteps(w)[0]!)!;
        expect(hr.zone).toBe(3);
        expect(hr.minBpm).toBe(Math.round(0.8 * maxHr));
        expect(hr.maxBpm).toBe(Math.round(0.9 * maxHr));
      }
    }
  });

  it('keeps the two days before a race short and easy, and nothing hard in them', () => {
    for (const { plan } of made.filter((m) => m.plan.raceDate)) {
      for (const w of trainingOf(all(plan))) {
        const before = daysBetween(w.date, plan.raceDate!);
        if (before <= 2) {
          expect(w.durationMin).toBeLessThanOrEqual(30);
          expect(isHard(w.type)).toBe(false);
        }
      }
    }
  });

  it('practises the race: plans with room for hard days hold race-pace sessions', () => {
    for (const { req, plan } of made.filter((m) => m.plan.raceDate)) {
      // A peak week with at least 100 minutes besides its long session has room for one.
      const roomy = plan.weeks.some(
        (w) =>
          w.phase === 'peak' &&
          !w.lighter &&
          minutesOf(w.workouts.filter((x) => x.type !== 'long')) >= 100,
      );
      if (roomy && req.days.length >= 3)
        expect(all(plan).some((w) => w.type === 'racePace')).toBe(true);
    }
  });
});
