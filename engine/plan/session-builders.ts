import type { StepLength, WorkoutType } from '../workout/types.ts';
import { repPlan, type QualityKind } from './rep-sizing.ts';
import { SessionDraft, type Session } from './session-draft.ts';
import { predictedRaceS, type TargetContext } from './targets.ts';

export type { Session } from './session-draft.ts';
export type { QualityKind } from './rep-sizing.ts';

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
  draft.add('work', minutes * 60, type === 'recovery' ? 'recovery' : 'easy', note);
  const verb = ctx.sport === 'run' ? 'run' : 'row';
  return draft.done({
    type,
    title: `${name} ${verb} · ${minutes} min`,
    description: why,
    key: type === 'long',
  });
}

/** Warm-up and cool-down: 15 + 10 minutes running, 10 + 5 rowing (Concept2's usual pattern). */
const WARM_UP_S = { run: 15 * 60, row: 10 * 60 };
const COOL_DOWN_S = { run: 10 * 60, row: 5 * 60 };
const overheadS = (ctx: TargetContext) => WARM_UP_S[ctx.sport] + COOL_DOWN_S[ctx.sport];
/** A hard session grows toward its share of the week by at most this much easy time. */
const MAX_EXTRA_MIN = 30;
const MAX_REPS = 12;
const FIVE_MIN_S = 300;

const WORDS: Record<QualityKind, [string, string, (goal: string) => string]> = {
  tempo: [
    'Threshold',
    'comfortably hard',
    () => 'Threshold work raises the pace you can hold for an hour.',
  ],
  intervals: [
    'Intervals',
    'strong and even',
    () => 'Hard repeats of a few minutes build your aerobic ceiling (VO2max).',
  ],
  racePace: [
    'Race pace',
    'goal race rhythm',
    (goal) => `Practising ${goal} pace in pieces of the race, so race day feels familiar.`,
  ],
};

const lengthText = (length: StepLength): string =>
  length.kind === 'distance'
    ? `${Math.round(length.distanceM)} m`
    : length.kind === 'time'
      ? `${Math.round((length.durationS / 60) * 10) / 10} min`
      : 'open';

export type QualityBudget = {
  /** The week's distance as sized (for the per-session caps of the sources), metres. */
  weeklyM: number;
  /** Hard seconds this session may hold under the week's ~80 % easy rule. */
  maxWorkS: number;
  /** The day's limit and the share of the week this session would get, minutes. */
  maxMin: number;
  targetMin: number;
  /** Most easy minutes added to reach `targetMin` (default 30); more only to fill a full week. */
  maxExtraMin?: number;
};

/**
 * A hard session: warm-up, repeats of work and easy rest, cool-down. Reps are sized by the race
 * and capped by the sources (rep-sizing.ts) and by the hard time the week allows; up to its share
 * of the week it grows by a longer easy warm-up and cool-down, never by more hard work. Its length
 * is a whole number of 5 minutes. Null when fewer than two reps fit.
 */
export function qualitySession(
  ctx: TargetContext,
  kind: QualityKind,
  budget: QualityBudget,
): Session | null {
  const plan = repPlan(ctx, kind, budget.weeklyM);
  if (!plan) return null;
  const limitS = Math.floor(budget.maxMin / 5) * FIVE_MIN_S;
  let reps = Math.min(plan.maxReps, MAX_REPS, Math.floor(budget.maxWorkS / plan.repS + 1e-9));
  const coreOf = (n: number) => overheadS(ctx) + n * (plan.repS + plan.restS);
  while (reps >= 2 && Math.ceil(coreOf(reps) / FIVE_MIN_S) * FIVE_MIN_S > limitS) reps--;
  if (reps < 2) return null;
  const core = coreOf(reps);
  const wantS =
    Math.floor(
      Math.min(limitS, budget.targetMin * 60, core + (budget.maxExtraMin ?? MAX_EXTRA_MIN) * 60) /
        FIVE_MIN_S,
    ) * FIVE_MIN_S;
  const totalS = Math.max(Math.ceil(core / FIVE_MIN_S - 1e-9) * FIVE_MIN_S, wantS);
  const extra = totalS - core;
  const [name, feel, why] = WORDS[kind];
  const draft = new SessionDraft(ctx);
  draft.add('warmUp', WARM_UP_S[ctx.sport] + Math.floor(extra / 2), 'easy', 'build gradually');
  draft.repeat(reps, [plan.length, plan.intensity, feel], [plan.restS, 'recovery', 'easy between']);
  draft.add(
    'coolDown',
    COOL_DOWN_S[ctx.sport] + extra - Math.floor(extra / 2),
    'easy',
    'easy to finish',
  );
  const type: WorkoutType = kind;
  return draft.done({
    type,
    title: `${name} · ${reps} × ${lengthText(plan.length)}`,
    description: why(ctx.goal.label),
    key: true,
  });
}

/** The shortest hard session worth doing: warm-up, two repeats, cool-down (minutes). */
export function minimumQualityMin(ctx: TargetContext, kind: QualityKind, weeklyM: number): number {
  const plan = repPlan(ctx, kind, weeklyM);
  return plan
    ? Math.ceil((overheadS(ctx) + 2 * (plan.repS + plan.restS)) / FIVE_MIN_S) * 5
    : Infinity;
}

/** The race itself: one step over the race distance (or time) at goal pace. */
export function raceSession(ctx: TargetContext): Session {
  const draft = new SessionDraft(ctx);
  const goal = ctx.goal;
  const length: StepLength =
    goal.distanceM !== null
      ? { kind: 'distance', distanceM: goal.distanceM }
      : { kind: 'time', durationS: goal.fixedTimeS ?? predictedRaceS(ctx) };
  draft.steps.push(draft.step('work', length, 'race', 'your race: start steady, finish strong'));
  return draft.done({
    type: 'race',
    title: `Race day · ${goal.label}`,
    description: 'The day the training was for. Enjoy it.',
    key: true,
  });
}
