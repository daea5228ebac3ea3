import { raceTimeForVdot } from '../predict/daniels-vdot.ts';
import { paulsDistanceForTime, paulsTime } from '../predict/pauls-law.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import type { StepTarget, WorkoutSport } from '../workout/types.ts';
import type { Experience, GoalSpec } from './goals.ts';
import { raceEffort, zoneOf, type Intensity } from './intensity.ts';
import { rowRaceTargets, rowRateBand, rowSplitBand } from './row-splits.ts';
import { runPaceBand, runRacePace } from './run-paces.ts';

/** The athlete's paces: from a best time, or assumed for sizing only (never shown as targets). */
export type PaceBasis = { runVdot: number; split2kS500m: number };

/** What targets are built from: pace and zones may be missing, and then targets are HR zones only. */
export type TargetContext = {
  sport: WorkoutSport;
  goal: GoalSpec;
  experience: Experience;
  vdot: number | null;
  split2kS500m: number | null;
  heartRateZones: { minBpm: number; maxBpm: number }[] | null;
  /** Real paces where known, else the assumed ones: rep lengths and distance caps use these. */
  sizing: PaceBasis;
};

/**
 * Without a best time, rep lengths and distance caps are sized as for a typical athlete of the
 * stated experience (said out loud in the plan's assumptions): VDOT 32 / 40 / 50 (a 5 km in about
 * 30:40 / 24:08 / 19:57) and a 2k in 9:00 / 8:00 / 7:00.
 */
export const ASSUMED_BASIS: Record<Experience, PaceBasis> = {
  beginner: { runVdot: 32, split2kS500m: 135 },
  intermediate: { runVdot: 40, split2kS500m: 120 },
  advanced: { runVdot: 50, split2kS500m: 105 },
};

/** Daniels' marathon effort by heart rate: about 80–90 % of maximum (Daniels 2014, M pace). */
export const MARATHON_HR_FRACTION: [number, number] = [0.8, 0.9];

function zoneTarget(ctx: TargetContext, intensity: Intensity): StepTarget {
  const zone = zoneOf(intensity, ctx.goal);
  const zones = ctx.heartRateZones;
  const effort = intensity === 'race' ? raceEffort(ctx.goal) : intensity;
  if (effort === 'marathon' && zones) {
    const maxHr = zones[4]!.maxBpm;
    const [low, high] = MARATHON_HR_FRACTION;
    return {
      kind: 'heartRateZone',
      zone,
      minBpm: Math.round(low * maxHr),
      maxBpm: Math.round(high * maxHr),
    };
  }
  const bpm = zones?.[zone - 1];
  return { kind: 'heartRateZone', zone, minBpm: bpm?.minBpm ?? null, maxBpm: bpm?.maxBpm ?? null };
}

function splitTargets(split: { fastestS500m: number; slowestS500m: number }): StepTarget[] {
  return [
    { kind: 'split', ...split },
    {
      kind: 'power',
      minW: wattsFromSplit(split.slowestS500m),
      maxW: wattsFromSplit(split.fastestS500m),
    },
  ];
}

/** The race distance: a fixed-time piece is what Paul's law says fits in it at the 2k split. */
export function raceDistanceM(ctx: TargetContext): number {
  const { goal } = ctx;
  if (goal.distanceM !== null) return goal.distanceM;
  if (goal.fixedTimeS === null || ctx.sport !== 'row') return 10_000;
  const split = ctx.split2kS500m ?? ctx.sizing.split2kS500m;
  return paulsDistanceForTime(2000, split, goal.fixedTimeS);
}

function buildTargets(ctx: TargetContext, intensity: Intensity): StepTarget[] {
  const targets: StepTarget[] = [zoneTarget(ctx, intensity)];
  if (ctx.sport === 'run' && ctx.vdot !== null) {
    const band =
      intensity === 'race'
        ? runRacePace(ctx.vdot, raceDistanceM(ctx))
        : runPaceBand(ctx.vdot, intensity);
    targets.push({ kind: 'pace', ...band });
  }
  if (ctx.sport === 'row') {
    if (intensity === 'race') {
      const race =
        ctx.split2kS500m === null ? null : rowRaceTargets(ctx.split2kS500m, raceDistanceM(ctx));
      if (race) targets.push(...splitTargets(race.split), { kind: 'strokeRate', ...race.rate });
    } else {
      if (ctx.split2kS500m !== null)
        targets.push(...splitTargets(rowSplitBand(ctx.split2kS500m, intensity)));
      targets.push({ kind: 'strokeRate', ...rowRateBand(intensity) });
    }
  }
  return targets;
}

/** Targets depend only on the context and intensity; plans ask for the same ones many times. */
const targetCache = new WeakMap<TargetContext, Map<Intensity, StepTarget[]>>();

export function targetsFor(ctx: TargetContext, intensity: Intensity): StepTarget[] {
  let cache = targetCache.get(ctx);
  if (!cache) targetCache.set(ctx, (cache = new Map()));
  let built = cache.get(intensity);
  if (!built) cache.set(intensity, (built = buildTargets(ctx, intensity)));
  return built.map((t) => ({ ...t }));
}

/** Speeds and the race time depend only on the context; a plan asks for them thousands of times. */
const speedCache = new WeakMap<TargetContext, Map<Intensity | 'raceTime', number>>();

function cached(ctx: TargetContext, key: Intensity | 'raceTime', compute: () => number): number {
  let cache = speedCache.get(ctx);
  if (!cache) speedCache.set(ctx, (cache = new Map()));
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

/** Predicted race time from the sizing paces (real or assumed), seconds. */
export function predictedRaceS(ctx: TargetContext): number {
  return cached(ctx, 'raceTime', () => computeRaceS(ctx));
}

function computeRaceS(ctx: TargetContext): number {
  const { goal, sizing } = ctx;
  if (goal.fixedTimeS !== null) return goal.fixedTimeS;
  const distanceM = goal.distanceM ?? 10_000;
  return ctx.sport === 'run'
    ? raceTimeForVdot(sizing.runVdot, distanceM)
    : paulsTime(2000, sizing.split2kS500m, distanceM);
}

/** Typical speed at an intensity from the sizing paces, m/s: the middle of its band. */
export function speedMps(ctx: TargetContext, intensity: Intensity): number {
  return cached(ctx, intensity, () => computeSpeed(ctx, intensity));
}

function computeSpeed(ctx: TargetContext, intensity: Intensity): number {
  const { sizing } = ctx;
  if (intensity === 'race') {
    return raceDistanceM(ctx) / predictedRaceS(ctx);
  }
  if (ctx.sport === 'run') {
    const band = runPaceBand(sizing.runVdot, intensity);
    return 2000 / (band.fastestSPerKm + band.slowestSPerKm);
  }
  const band = rowSplitBand(sizing.split2kS500m, intensity);
  return 1000 / (band.fastestS500m + band.slowestS500m);
}
