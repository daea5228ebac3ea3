import type {
  PlannedWorkout,
  SimpleStep,
  StepLength,
  StepTarget,
  WorkoutSport,
  WorkoutStep,
  WorkoutType,
} from '../workout/types.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import type { GoalSpec } from './goals.ts';
import { ZONE_OF, isEasyZone, type Intensity } from './intensity.ts';
import { segmentLoad } from './planned-load.ts';
import { runPaceBand, runRacePace } from './run-paces.ts';
import { rowRaceTargets, rowRateBand, rowSplitBand } from './row-splits.ts';

/** What targets can be built from: any of these may be missing, and then targets are HR zones only. */
export type TargetContext = {
  sport: WorkoutSport;
  goal: GoalSpec;
  vdot: number | null;
  split2kS500m: number | null;
  heartRateZones: { minBpm: number; maxBpm: number }[] | null;
};

/** A built session before it gets a date: steps, minutes, load and how much of it is hard. */
export type Session = Pick<
  PlannedWorkout,
  'type' | 'title' | 'description' | 'steps' | 'durationMin' | 'plannedLoad' | 'key'
> & { hardMin: number };

const raceZone = (goal: GoalSpec) =>
  (goal.distanceM ?? 10_000) >= 21_000 || goal.fixedTimeS !== null ? 4 : 5;

function zoneTarget(ctx: TargetContext, zone: 1 | 2 | 3 | 4 | 5): StepTarget {
  const bpm = ctx.heartRateZones?.[zone - 1];
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

/** Targets depend only on the context and intensity; plans ask for the same ones many times. */
const targetCache = new WeakMap<TargetContext, Map<Intensity, StepTarget[]>>();

export function targetsFor(ctx: TargetContext, intensity: Intensity): StepTarget[] {
  let cache = targetCache.get(ctx);
  if (!cache) targetCache.set(ctx, (cache = new Map()));
  const cached = cache.get(intensity);
  if (cached) return cached.map((t) => ({ ...t }));
  const built = buildTargets(ctx, intensity);
  cache.set(intensity, built);
  return built.map((t) => ({ ...t }));
}

function buildTargets(ctx: TargetContext, intensity: Intensity): StepTarget[] {
  const zone = intensity === 'race' ? raceZone(ctx.goal) : ZONE_OF[intensity];
  const targets: StepTarget[] = [zoneTarget(ctx, zone)];
  if (ctx.sport === 'run' && ctx.vdot !== null) {
    const band =
      intensity === 'race'
        ? runRacePace(ctx.vdot, ctx.goal.distanceM ?? 10_000)
        : runPaceBand(ctx.vdot, intensity);
    targets.push({ kind: 'pace', ...band });
  }
  if (ctx.sport === 'row') {
    if (intensity === 'race') {
      const distanceM = ctx.goal.distanceM ?? 7_500;
      const race = ctx.split2kS500m === null ? null : rowRaceTargets(ctx.split2kS500m, distanceM);
      if (race) targets.push(...splitTargets(race.split), { kind: 'strokeRate', ...race.rate });
    } else {
      if (ctx.split2kS500m !== null)
        targets.push(...splitTargets(rowSplitBand(ctx.split2kS500m, intensity)));
      targets.push({ kind: 'strokeRate', ...rowRateBand(intensity) });
    }
  }
  return targets;
}

/** Accumulates steps with their minutes and load so totals always match the steps. */
class SessionDraft {
  steps: WorkoutStep[] = [];
  seconds = 0;
  load = 0;
  hardS = 0;
  constructor(private readonly ctx: TargetContext) {}

  step(
    kind: SimpleStep['kind'],
    durationS: number,
    intensity: Intensity,
    note: string | null,
  ): SimpleStep {
    const zone = intensity === 'race' ? raceZone(this.ctx.goal) : ZONE_OF[intensity];
    this.seconds += durationS;
    this.load += segmentLoad(durationS, zone);
    if (!isEasyZone(zone)) this.hardS += durationS;
    const length: StepLength = { kind: 'time', durationS };
    return { kind, length, targets: targetsFor(this.ctx, intensity), note };
  }

  add(kind: SimpleStep['kind'], minutes: number, intensity: Intensity, note: string | null): void {
    this.steps.push(this.step(kind, minutes * 60, intensity, note));
  }

  repeat(
    count: number,
    work: [number, Intensity, string],
    rest: [number, Intensity, string],
  ): void {
    const steps: SimpleStep[] = [];
    for (let i = 0; i < count; i++) {
      const w = this.step('work', work[0] * 60, work[1], work[2]);
      const r = this.step('rest', rest[0] * 60, rest[1], rest[2]);
      if (i === 0) steps.push(w, r);
    }
    this.steps.push({ kind: 'repeat', count, steps });
  }

  done(meta: Pick<Session, 'type' | 'title' | 'description' | 'key'>): Session {
    return {
      ...meta,
      steps: this.steps,
      durationMin: Math.round(this.seconds / 60),
      plannedLoad: Math.round(this.load * 10) / 10,
      hardMin: this.hardS / 60,
    };
  }
}

const STEADY_WORDS: Record<'recovery' | 'easy' | 'long', [string, string, string]> = {
  recovery: [
    'Recovery',
    'Very gentle, to help the last hard day settle in.',
    'as easy as it feels good',
  ],
  easy: ['Easy', 'Relaxed aerobic time: the base everything else is built on.', 'conversational'],
  long: [
    'Long',
    'The week’s long session builds endurance; keep it unhurried.',
    'steady and relaxed',
  ],
};

export function steadySession(
  ctx: TargetContext,
  type: 'recovery' | 'easy' | 'long',
  minutes: number,
): Session {
  const draft = new SessionDraft(ctx);
  const [name, why, note] = STEADY_WORDS[type];
  draft.add('work', minutes, type === 'recovery' ? 'recovery' : 'easy', note);
  const verb = ctx.sport === 'run' ? 'run' : 'row';
  return draft.done({
    type,
    title: `${name} ${verb} · ${minutes} min`,
    description: why,
    key: type === 'long',
  });
}

const WARM_UP_MIN = 15;
const COOL_DOWN_MIN = 10;
const QUALITY_OVERHEAD_MIN = WARM_UP_MIN + COOL_DOWN_MIN;

type QualityKind = 'tempo' | 'intervals' | 'racePace';

const QUALITY: Record<
  QualityKind,
  { repMin: Record<WorkoutSport, number>; restMin: number; intensity: Intensity }
> = {
  tempo: { repMin: { run: 8, row: 8 }, restMin: 2, intensity: 'threshold' },
  intervals: { repMin: { run: 3, row: 4 }, restMin: 2, intensity: 'interval' },
  racePace: { repMin: { run: 10, row: 8 }, restMin: 2, intensity: 'race' },
};

export const repMinutes = (kind: QualityKind, sport: WorkoutSport): number =>
  QUALITY[kind].repMin[sport];

/** The shortest hard session worth doing: warm-up, two repeats, cool-down. */
export function minimumQualityMin(kind: QualityKind, sport: WorkoutSport): number {
  const q = QUALITY[kind];
  return QUALITY_OVERHEAD_MIN + 2 * (q.repMin[sport] + q.restMin);
}

/**
 * A hard session: warm-up, repeats of work and easy rest, cool-down. `workMin` caps the hard time
 * (Daniels: threshold work ≤ 10 % and interval work ≤ 8 % of the week), `maxMin` the whole session;
 * up to `targetMin` the session grows by a longer easy warm-up and cool-down, not more hard work.
 */
export function qualitySession(
  ctx: TargetContext,
  kind: QualityKind,
  budget: { workMin: number; maxMin: number; targetMin: number },
): Session | null {
  const { workMin, maxMin } = budget;
  const q = QUALITY[kind];
  const repMin = q.repMin[ctx.sport];
  const reps = Math.min(
    Math.floor(workMin / repMin),
    Math.floor((maxMin - QUALITY_OVERHEAD_MIN) / (repMin + q.restMin)),
  );
  if (reps < 2) return null;
  const core = QUALITY_OVERHEAD_MIN + reps * (repMin + q.restMin);
  const extra = Math.max(0, Math.min(budget.targetMin, maxMin) - core);
  const draft = new SessionDraft(ctx);
  draft.add('warmUp', WARM_UP_MIN + Math.floor(extra / 2), 'easy', 'build gradually');
  const words = {
    tempo: [
      'Threshold',
      'comfortably hard',
      'Threshold work raises the pace you can hold for an hour.',
    ],
    intervals: [
      'Intervals',
      'strong and even',
      'Short hard repeats build your aerobic ceiling (VO2max).',
    ],
    racePace: [
      'Race pace',
      'goal race rhythm',
      `Practising ${ctx.goal.label} pace so race day feels familiar.`,
    ],
  }[kind];
  draft.repeat(reps, [repMin, q.intensity, words[1]!], [q.restMin, 'recovery', 'easy between']);
  draft.add('coolDown', COOL_DOWN_MIN + Math.ceil(extra / 2), 'easy', 'easy to finish');
  const type: WorkoutType = kind;
  return draft.done({
    type,
    title: `${words[0]} · ${reps} × ${repMin} min`,
    description: words[2]!,
    key: true,
  });
}

/** The race itself: one step over the race distance (or time) at goal pace. */
export function raceSession(ctx: TargetContext, predictedS: number): Session {
  const draft = new SessionDraft(ctx);
  const step = draft.step('work', predictedS, 'race', 'your race: start steady, finish strong');
  const goal = ctx.goal;
  const length: StepLength =
    goal.distanceM !== null
      ? { kind: 'distance', distanceM: goal.distanceM }
      : { kind: 'time', durationS: goal.fixedTimeS ?? predictedS };
  draft.steps.push({ ...step, length });
  return draft.done({
    type: 'race',
    title: `Race day · ${goal.label}`,
    description: 'The day the training was for. Enjoy it.',
    key: true,
  });
}
