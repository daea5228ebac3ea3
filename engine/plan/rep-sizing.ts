import type { StepLength } from '../workout/types.ts';
import type { GoalId } from './goals.ts';
import type { Intensity } from './intensity.ts';
import { raceDistanceM, speedMps, type TargetContext } from './targets.ts';

/**
 * How the repeats of a hard session are sized, by sport, goal and kind (docs/PLANS.md):
 * - Running intervals at Daniels' I pace: reps of 800–1200 m lasting about 3½ minutes, equal jog
 *   rest, at most the lesser of 8 % of the week's distance and 10 km (Daniels 2014, ch. 4).
 * - Threshold (T, cruise intervals): 8-minute reps, 2 minutes' rest, at most 10 % of the week's
 *   distance (Daniels).
 * - Race pace, a fraction of the race: 1 km reps for the 5 km, 2 km for the 10 km, 3 km for the
 *   half, 5 km of marathon pace (at most the lesser of 20 % of the week and 29 km, Daniels' M cap).
 * - Rowing TR (2k + 5 s): 1500 m pieces on 5 minutes' rest, at most 8 km (the Pete Plan's
 *   endurance intervals, 7.5–8 km a session); AT: 10-minute pieces, at most 10 km.
 * - Rowing race pace: 500 m pieces for the 2k on rest twice the work, at most 4 km (the Pete
 *   Plan's speed intervals, 4000 m a session); 1000 m for the 5k, 1500 m for the 6k, 2000 m for the
 *   30 minutes.
 * With no best time the reps are timed, each lasting what the distance would take at the paces
 * assumed for sizing. In a small week reps get shorter so that two still fit under the cap.
 */
export type QualityKind = 'tempo' | 'intervals' | 'racePace';

type RepRule = {
  intensity: Intensity;
  /** A distance rep in metres, or a timed rep in seconds. */
  rep: { distanceM: number } | { durationS: number };
  /** Rest as a share of the rep's time, never under `minRestS`. */
  restShare: number;
  minRestS: number;
  /** Most work at this intensity in one session, metres, given the week's distance. */
  capM: (weeklyM: number) => number;
};

const RUN_RACE: Partial<Record<GoalId, Omit<RepRule, 'intensity'>>> = {
  '5k': {
    rep: { distanceM: 1000 },
    restShare: 0.5,
    minRestS: 90,
    capM: (w) => Math.min(5000, 0.08 * w),
  },
  '10k': {
    rep: { distanceM: 2000 },
    restShare: 0.3,
    minRestS: 90,
    capM: (w) => Math.min(8000, 0.1 * w),
  },
  'half-marathon': {
    rep: { distanceM: 3000 },
    restShare: 0.2,
    minRestS: 120,
    capM: (w) => Math.min(12_000, 0.1 * w),
  },
  marathon: {
    rep: { distanceM: 5000 },
    restShare: 0.1,
    minRestS: 150,
    capM: (w) => Math.min(29_000, 0.2 * w),
  },
};

const ROW_RACE: Partial<Record<GoalId, Omit<RepRule, 'intensity'>>> = {
  '2k': { rep: { distanceM: 500 }, restShare: 2, minRestS: 180, capM: () => 4000 },
  '5k': { rep: { distanceM: 1000 }, restShare: 0.5, minRestS: 90, capM: () => 6000 },
  '6k': { rep: { distanceM: 1500 }, restShare: 0.5, minRestS: 120, capM: () => 7500 },
  '30min': { rep: { distanceM: 2000 }, restShare: 0.4, minRestS: 150, capM: () => 8000 },
};

/** Daniels' I reps: the distance of 800, 1000 or 1200 m whose time is nearest 3½ minutes. */
function runIntervalRep(ctx: TargetContext): { distanceM: number } {
  const speed = speedMps(ctx, 'interval');
  const best = [800, 1000, 1200].reduce((a, b) =>
    Math.abs(b / speed - 210) < Math.abs(a / speed - 210) ? b : a,
  );
  return { distanceM: best };
}

/** The rule depends only on the context and kind; a plan asks for it hundreds of times. */
const ruleCache = new WeakMap<TargetContext, Map<QualityKind, RepRule | null>>();

function ruleFor(ctx: TargetContext, kind: QualityKind): RepRule | null {
  let cache = ruleCache.get(ctx);
  if (!cache) ruleCache.set(ctx, (cache = new Map()));
  if (!cache.has(kind)) cache.set(kind, buildRule(ctx, kind));
  return cache.get(kind)!;
}

function buildRule(ctx: TargetContext, kind: QualityKind): RepRule | null {
  if (ctx.sport === 'run') {
    if (kind === 'intervals')
      return {
        intensity: 'interval',
        rep: runIntervalRep(ctx),
        restShare: 1,
        minRestS: 120,
        capM: (w) => Math.min(0.08 * w, 10_000),
      };
    if (kind === 'tempo')
      return {
        intensity: 'threshold',
        rep: { durationS: 480 },
        restShare: 0.25,
        minRestS: 60,
        capM: (w) => 0.1 * w,
      };
    const race = RUN_RACE[ctx.goal.id];
    return race ? { intensity: 'race', ...race } : null;
  }
  if (kind === 'intervals')
    return {
      intensity: 'interval',
      rep: { distanceM: 1500 },
      restShare: 0,
      minRestS: 300,
      capM: () => 8000,
    };
  if (kind === 'tempo')
    return {
      intensity: 'threshold',
      rep: { durationS: 600 },
      restShare: 0,
      minRestS: 120,
      capM: () => 10_000,
    };
  const race = ROW_RACE[ctx.goal.id];
  return race ? { intensity: 'race', ...race } : null;
}

export type RepPlan = {
  intensity: Intensity;
  length: StepLength;
  /** Expected seconds per rep and per rest. */
  repS: number;
  restS: number;
  /** Most reps the source caps allow this week. */
  maxReps: number;
};

const roundTo30 = (s: number) => Math.max(60, Math.round(s / 30) * 30);
/** Reps shrink for small weeks (two must fit under the cap), down to 400 m running, 250 m rowing. */
const MIN_REP_M = { run: 400, row: 250 };
const REP_STEP_M = { run: 100, row: 250 };

/**
 * The rep of a hard session and how many the caps allow, given the week's distance. With paces
 * known the rep is a distance; otherwise a time. A race-pace rep is never longer than half the
 * race, and in a small week reps get shorter so that two still fit under the source's cap.
 */
export function repPlan(ctx: TargetContext, kind: QualityKind, weeklyM: number): RepPlan | null {
  const rule = ruleFor(ctx, kind);
  if (!rule) return null;
  const speed = speedMps(ctx, rule.intensity);
  const capM = rule.capM(weeklyM);
  const ruleM = 'distanceM' in rule.rep ? rule.rep.distanceM : rule.rep.durationS * speed;
  const raceHalfM = rule.intensity === 'race' ? raceDistanceM(ctx) / 2 : Infinity;
  const step = REP_STEP_M[ctx.sport];
  const fitM = Math.floor(capM / 2 / step) * step;
  const repM = Math.max(MIN_REP_M[ctx.sport], Math.min(ruleM, raceHalfM, fitM));
  const paced = ctx.sport === 'run' ? ctx.vdot !== null : ctx.split2kS500m !== null;
  const asRule = 'durationS' in rule.rep && repM === ruleM;
  const timed = 'durationS' in rule.rep || !paced;
  const repS = asRule
    ? (rule.rep as { durationS: number }).durationS
    : timed
      ? roundTo30(repM / speed)
      : repM / speed;
  const length: StepLength = timed
    ? { kind: 'time', durationS: repS }
    : { kind: 'distance', distanceM: repM };
  return {
    intensity: rule.intensity,
    length,
    repS,
    restS: Math.max(rule.minRestS, roundTo30(rule.restShare * repS)),
    maxReps: Math.floor(capM / (repS * speed) + 1e-9),
  };
}
