import type { Weekday } from '@/engine/plan/calendar-date';
import { goalSpec } from '@/engine/plan/goals';
import type { PlanRequest } from '@/engine/plan/plan-request';
import type { Profile, SetupAnswers } from '@/lib/store/profile-schema';
import { tenKFromThresholdPace } from './history-estimates';

/**
 * The first-run setup as a small state machine: the steps in order, where a stored step resumes,
 * and what a plan still needs. Pure, so the order and the rules are tested without a browser.
 */
export const SETUP_STEPS = ['sports', 'goal', 'week', 'volume', 'numbers', 'plan'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const isSetupStep = (value: string | null): value is SetupStep =>
  value !== null && (SETUP_STEPS as readonly string[]).includes(value);

/** The step to open: the stored one, or the first when none is stored or it is unknown. */
export function resumeStep(stored: string | null): SetupStep {
  return isSetupStep(stored) ? stored : SETUP_STEPS[0];
}

export function stepAfter(step: SetupStep): SetupStep | null {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + 1] ?? null;
}

export function stepBefore(step: SetupStep): SetupStep | null {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) - 1] ?? null;
}

/** "Step 2 of 6". */
export const stepPosition = (step: SetupStep) => ({
  index: SETUP_STEPS.indexOf(step) + 1,
  count: SETUP_STEPS.length,
});

/** Whether Today should offer the setup: until a plan is made or the athlete sets it aside. */
export function setupOffer(status: Profile['setupStatus']): 'start' | 'finish' | null {
  if (status === 'not-started') return 'start';
  if (status === 'in-progress') return 'finish';
  return null;
}

export type MissingAnswer = { step: SetupStep; what: string };

export type PlanContext = {
  today: string;
  /** Minutes a week from the athlete's history in the goal's sport; null with no history. */
  historyWeeklyMin: number | null;
  /** The rowing 2k from Settings, reused as the rowing best when setup gave none. */
  best2kS: number | null;
  /** The running threshold pace (s/km) from Settings or the paces step, when one was given. */
  thresholdPaceSPerKm: number | null;
};

export type PlanRequestResult =
  | {
      ok: true;
      request: PlanRequest;
      weeklyFromHistory: boolean;
      experienceGiven: boolean;
      /** The threshold pace (s/km) the running paces were sized from, when no race time was. */
      pacesFromThresholdSPerKm: number | null;
    }
  | { ok: false; missing: MissingAnswer[] };

/**
 * The best effort the plan sizes paces from. A running threshold pace without a race time stands
 * for the 10 km it implies, so "I know my threshold pace" gives paces too, not typical ones.
 */
function bestFor(answers: SetupAnswers, sport: 'run' | 'row', ctx: PlanContext) {
  if (sport === 'run')
    return (
      answers.runBest ??
      (ctx.thresholdPaceSPerKm === null ? null : tenKFromThresholdPace(ctx.thresholdPaceSPerKm))
    );
  return answers.rowBest ?? (ctx.best2kS === null ? null : { distanceM: 2000, timeS: ctx.best2kS });
}

/**
 * The engine's plan request from the answers, or what is still missing. Nothing the plan needs is
 * assumed silently: the weekly minutes come from the athlete or their history, never zero by
 * default; a skipped experience is taken as new to structured training (the gentlest plan) and
 * the caller says so.
 */
export function planRequestFrom(answers: SetupAnswers, ctx: PlanContext): PlanRequestResult {
  const missing: MissingAnswer[] = [];
  const goal = answers.goal;
  const spec = goal ? goalSpec(goal.sport, goal.id) : null;
  if (!goal || !spec) missing.push({ step: 'goal', what: 'your goal, or “just fitter”' });
  const racing = spec !== null && spec.id !== 'general-fitness';
  if (racing && answers.raceDate === null) missing.push({ step: 'goal', what: 'the race date' });
  const days = answers.days ?? [];
  if (days.length === 0) missing.push({ step: 'week', what: 'the days you can train' });
  const weeklyMin = answers.weeklyMin ?? ctx.historyWeeklyMin;
  if (weeklyMin === null)
    missing.push({ step: 'volume', what: 'how much you train a week now (0 is fine)' });
  if (!goal || missing.length > 0 || weeklyMin === null) return { ok: false, missing };
  const longDay: Weekday | null =
    answers.longDay !== null && days.some((d) => d.day === answers.longDay)
      ? answers.longDay
      : null;
  return {
    ok: true,
    weeklyFromHistory: answers.weeklyMin === null,
    experienceGiven: answers.experience !== null,
    pacesFromThresholdSPerKm:
      goal.sport === 'run' && answers.runBest === null ? ctx.thresholdPaceSPerKm : null,
    request: {
      sport: goal.sport,
      goal: goal.id,
      raceDate: racing ? answers.raceDate : null,
      startDate: ctx.today,
      currentWeeklyMin: weeklyMin,
      days,
      longDay,
      experience: answers.experience ?? 'beginner',
      best: bestFor(answers, goal.sport, ctx),
      heartRateZones: null,
    },
  };
}
