import fc from 'fast-check';
import { flattenSteps } from '../../workout/flatten-steps.ts';
import type { PlannedWorkout, SimpleStep } from '../../workout/types.ts';
import { addDays, WEEKDAYS } from '../calendar-date.ts';
import type { Experience } from '../goals.ts';
import { GOAL_IDS } from '../goals.ts';
import type { PlanRequest } from '../plan-request.ts';

/**
 * The grid of athletes the plan rules are checked over: beginner → advanced, 3–7 days a week
 * (open or limited), 4–24 weeks to the race, every goal of both sports, with and without a best
 * time and heart-rate zones. Volumes are drawn per experience so most requests are ones a real
 * athlete of that level would make.
 */
const VOLUME: Record<Experience, [number, number]> = {
  beginner: [0, 180],
  intermediate: [90, 360],
  advanced: [180, 600],
};

export const athleteArb: fc.Arbitrary<PlanRequest> = fc
  .record({
    sport: fc.constantFrom('run' as const, 'row' as const),
    goalIndex: fc.nat(4),
    experience: fc.constantFrom<Experience>('beginner', 'intermediate', 'advanced'),
    volumeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    dayCount: fc.integer({ min: 3, max: 7 }),
    dayShift: fc.nat(6),
    limits: fc.array(fc.integer({ min: 20, max: 150 }), { minLength: 7, maxLength: 7 }),
    limited: fc.boolean(),
    longPick: fc.nat(6),
    weeks: fc.integer({ min: 4, max: 24 }),
    raceWeekday: fc.nat(6),
    startOffset: fc.nat(365),
    withBest: fc.boolean(),
    withZones: fc.boolean(),
  })
  .map((g): PlanRequest => {
    const goal = GOAL_IDS[g.sport][g.goalIndex]!;
    const startDate = addDays('2026-06-01', g.startOffset);
    const [low, high] = VOLUME[g.experience];
    const days = Array.from(
      { length: g.dayCount },
      (_, i) => WEEKDAYS[(g.dayShift + Math.floor((i * 7) / g.dayCount)) % 7]!,
    );
    const level = { beginner: 0, intermediate: 1, advanced: 2 }[g.experience];
    return {
      sport: g.sport,
      goal,
      raceDate:
        goal === 'general-fitness' ? null : addDays(startDate, (g.weeks - 1) * 7 + g.raceWeekday),
      startDate,
      currentWeeklyMin: Math.round(low + g.volumeShare * (high - low)),
      days: days.map((day, i) => ({ day, maxMin: g.limited ? g.limits[i]! : null })),
      longDay: days[g.longPick % days.length]!,
      experience: g.experience,
      best: !g.withBest
        ? null
        : g.sport === 'run'
          ? { distanceM: 10_000, timeS: [3300, 2700, 2250][level]! }
          : { distanceM: 2000, timeS: [510, 450, 400][level]! },
      heartRateZones: g.withZones
        ? [
            { minBpm: 120, maxBpm: 134 },
            { minBpm: 134, maxBpm: 148 },
            { minBpm: 148, maxBpm: 162 },
            { minBpm: 162, maxBpm: 176 },
            { minBpm: 176, maxBpm: 190 },
          ]
        : null,
    };
  });

export const trainingOf = (ws: PlannedWorkout[]) => ws.filter((w) => w.type !== 'race');
export const minutesOf = (ws: PlannedWorkout[]) =>
  trainingOf(ws).reduce((s, w) => s + w.durationMin, 0);

const zoneOf = (s: SimpleStep) => {
  const hr = s.targets.find((t) => t.kind === 'heartRateZone');
  return hr?.kind === 'heartRateZone' ? hr.zone : null;
};

/** Seconds a step lasts: its time, or its distance at the middle of its pace or split target. */
export function stepSeconds(s: SimpleStep): number | null {
  if (s.length.kind === 'time') return s.length.durationS;
  if (s.length.kind !== 'distance') return null;
  const pace = s.targets.find((t) => t.kind === 'pace' || t.kind === 'split');
  if (pace?.kind === 'pace')
    return (s.length.distanceM / 1000) * ((pace.fastestSPerKm + pace.slowestSPerKm) / 2);
  if (pace?.kind === 'split')
    return (s.length.distanceM / 500) * ((pace.fastestS500m + pace.slowestS500m) / 2);
  return null;
}

/** Metres a step covers: its distance, or its time at the middle of its pace or split target. */
export function stepMetres(s: SimpleStep): number | null {
  if (s.length.kind === 'distance') return s.length.distanceM;
  if (s.length.kind !== 'time') return null;
  const pace = s.targets.find((t) => t.kind === 'pace' || t.kind === 'split');
  if (pace?.kind === 'pace')
    return (s.length.durationS / ((pace.fastestSPerKm + pace.slowestSPerKm) / 2)) * 1000;
  if (pace?.kind === 'split')
    return (s.length.durationS / ((pace.fastestS500m + pace.slowestS500m) / 2)) * 500;
  return null;
}

/** Minutes in zones 3–5, counted from the steps themselves. */
export const hardMinutes = (w: PlannedWorkout) =>
  flattenSteps(w.steps)
    .filter((s) => (zoneOf(s) ?? 0) >= 3)
    .reduce((sum, s) => sum + (stepSeconds(s) ?? 0) / 60, 0);

export const workSteps = (w: PlannedWorkout) =>
  flattenSteps(w.steps).filter((s) => s.kind === 'work');
