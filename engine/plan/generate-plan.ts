import type { Assumption } from '../fitness/assumption.ts';
import { vdotFromRace } from '../predict/daniels-vdot.ts';
import { paulsSplit } from '../predict/pauls-law.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { addDays, daysBetween, weekdayOf } from './calendar-date.ts';
import { assessFeasibility, type Feasibility } from './feasibility.ts';
import { goalSpec, GOAL_IDS, type GoalSpec } from './goals.ts';
import { planPhases, type Phase, type WeekShape } from './phases.ts';
import { planAssumptions } from './plan-assumptions.ts';
import { planNotes, planWarnings } from './plan-notes.ts';
import { PlanRequestSchema, type PlanRequest } from './plan-request.ts';
import { dayLimits, longTargetFor, resolveLongDay, volumePlanFor } from './plan-volume.ts';
import { raceSession, type QualityKind, type Session } from './session-builders.ts';
import { ASSUMED_BASIS, speedMps, type TargetContext } from './targets.ts';
import {
  weekTarget,
  type VolumePlan,
  type VolumeState,
  type WeekPosition,
} from './volume-schedule.ts';
import { layoutWeek, PRE_RACE_DAYS, type DayBudget } from './week-layout.ts';

export type PlanWeek = {
  /** First day of the week, YYYY-MM-DD. */
  start: string;
  phase: Phase;
  lighter: boolean;
  plannedMinutes: number;
  plannedLoad: number;
  workouts: PlannedWorkout[];
};

export type TrainingPlan = {
  sport: PlanRequest['sport'];
  goal: PlanRequest['goal'];
  raceDate: string | null;
  /** How the plan was built, in plain words (the warnings included). */
  notes: string[];
  /** What the athlete should know before following it: a stretch goal, days that cannot hold it. */
  warnings: string[];
  /** Every default or estimate the plan rests on. */
  assumptions: Assumption[];
  feasibility: Feasibility;
  /** The paces the targets come from (null: none given), so adaptation can update them. */
  paceBasis: { vdot: number | null; split2kS500m: number | null };
  weeks: PlanWeek[];
};

export type PlanError = {
  type: 'InvalidRequest' | 'RaceTooSoon' | 'RaceTooFar' | 'GoalNotRealistic';
  message: string;
  /** For GoalNotRealistic: the weeks needed and what would work instead. */
  feasibility?: Feasibility;
};

export type PlanResult = { ok: true; plan: TrainingPlan } | { ok: false; error: PlanError };

export const MAX_PLAN_WEEKS = 52;
export const GENERAL_FITNESS_WEEKS = 12;

function qualityFor(shape: WeekShape, req: PlanRequest, goal: GoalSpec): QualityKind[] {
  const beginner = req.experience === 'beginner';
  const general = goal.id === 'general-fitness';
  const longRace = (goal.distanceM ?? 0) >= 21_000;
  const byPhase: Record<Phase, QualityKind[]> = {
    base: beginner ? [] : ['tempo'],
    build: ['intervals', 'tempo'],
    peak: general
      ? ['intervals', 'tempo']
      : longRace
        ? ['racePace', 'tempo']
        : ['racePace', 'intervals'],
    taper: general ? ['tempo'] : ['racePace'],
  };
  const kinds = byPhase[shape.phase];
  return shape.lighter || beginner ? kinds.slice(0, 1) : kinds;
}

function targetContext(req: PlanRequest, goal: GoalSpec): TargetContext {
  const best = req.best;
  const vdot = req.sport === 'run' && best ? vdotFromRace(best.distanceM, best.timeS) : null;
  const split2kS500m =
    req.sport === 'row' && best
      ? paulsSplit(best.distanceM, (best.timeS / best.distanceM) * 500, 2000)
      : null;
  const assumed = ASSUMED_BASIS[req.experience];
  return {
    sport: req.sport,
    goal,
    experience: req.experience,
    vdot,
    split2kS500m,
    heartRateZones: req.heartRateZones,
    sizing: {
      runVdot: vdot ?? assumed.runVdot,
      split2kS500m: split2kS500m ?? assumed.split2kS500m,
    },
  };
}

/**
 * A race on the first days of its plan week leaves that week almost empty, so the week before it
 * is a taper week too: the two days before the race are kept short (week-layout.ts), and a loading
 * week must not hold them.
 */
function taperWeeksFor(goal: GoalSpec, startDate: string, raceDate: string | null): number {
  if (raceDate === null || goal.taperWeeks === 0) return goal.taperWeeks;
  return goal.taperWeeks + (daysBetween(startDate, raceDate) % 7 <= PRE_RACE_DAYS ? 1 : 0);
}

function toWorkout(date: string, session: Session, sport: PlanRequest['sport']): PlannedWorkout {
  return {
    id: `${date}-${sport}-${session.type}`,
    date,
    sport,
    type: session.type,
    title: session.title,
    description: session.description,
    durationMin: session.durationMin,
    steps: session.steps,
    plannedLoad: session.plannedLoad,
    key: session.key,
    locked: false,
  };
}

const invalid = (message: string): PlanResult => ({
  ok: false,
  error: { type: 'InvalidRequest', message },
});

/** Builds a periodized plan; the same request always gives the same plan. */
export function generatePlan(input: unknown): PlanResult {
  const parsed = PlanRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return invalid(`${where}${issue?.message ?? 'invalid plan request'}`);
  }
  const req = parsed.data;
  const goal = goalSpec(req.sport, req.goal);
  if (!goal) return invalid(`${req.goal} is not a ${req.sport} goal`);
  const raceDate = goal.id === 'general-fitness' ? null : req.raceDate;
  if (raceDate && daysBetween(req.startDate, raceDate) < 0)
    return {
      ok: false,
      error: { type: 'RaceTooSoon', message: 'the race date is before the plan starts' },
    };
  const totalWeeks = raceDate
    ? Math.floor(daysBetween(req.startDate, raceDate) / 7) + 1
    : GENERAL_FITNESS_WEEKS;
  if (totalWeeks > MAX_PLAN_WEEKS)
    return {
      ok: false,
      error: {
        type: 'RaceTooFar',
        message: `the race is more than ${MAX_PLAN_WEEKS} weeks away; start the plan later`,
      },
    };
  const taperGoal = (g: GoalSpec): GoalSpec => ({
    ...g,
    taperWeeks: taperWeeksFor(g, req.startDate, raceDate),
  });
  const ctx = targetContext(req, taperGoal(goal));
  const lighterEvery = req.experience === 'beginner' ? 3 : 4;
  const volume = volumePlanFor(req, ctx.goal, ctx);
  const feasibility = assessFeasibility({
    goal: ctx.goal,
    plan: volume,
    lighterEvery,
    availableWeeks: totalWeeks,
    startDate: req.startDate,
    currentWeeklyMin: req.currentWeeklyMin,
    alternatives: GOAL_IDS[req.sport]
      .map((id) => taperGoal(goalSpec(req.sport, id)!))
      .filter((g) => g.readyWeeklyMin > 0)
      .map((g) => ({ goal: g, plan: volumePlanFor(req, g, { ...ctx, goal: g }) })),
  });
  if (feasibility.status === 'unrealistic') {
    const message = `${feasibility.summary} What would work: ${feasibility.changes.join('; or ')}.`;
    return { ok: false, error: { type: 'GoalNotRealistic', message, feasibility } };
  }
  const shapes = planPhases(totalWeeks, ctx.goal.taperWeeks, lighterEvery);
  const weeks = buildWeeks({ req, goal: ctx.goal, ctx, shapes, volume, raceDate });
  const warnings = planWarnings(feasibility, volume, goal, req);
  return {
    ok: true,
    plan: {
      sport: req.sport,
      goal: req.goal,
      raceDate,
      notes: [...planNotes(req, goal, ctx, shapes, volume, feasibility), ...warnings],
      warnings,
      assumptions: planAssumptions(req, goal, ctx, volume),
      feasibility,
      paceBasis: { vdot: ctx.vdot, split2kS500m: ctx.split2kS500m },
      weeks,
    },
  };
}

type Build = {
  req: PlanRequest;
  goal: GoalSpec;
  ctx: TargetContext;
  shapes: WeekShape[];
  volume: VolumePlan;
  raceDate: string | null;
};

function position(b: Build, w: number, raceWeek: boolean): WeekPosition {
  const shape = b.shapes[w]!;
  if (shape.phase === 'taper') {
    const weeks = b.shapes.filter((s) => s.phase === 'taper').length;
    return { kind: 'taper', index: w - (b.shapes.length - weeks), weeks, raceWeek };
  }
  return w === 0 ? { kind: 'first' } : { kind: 'loading', shape };
}

function buildWeeks(b: Build): PlanWeek[] {
  const { req, ctx, raceDate } = b;
  const longDay = resolveLongDay(req);
  const limits = dayLimits(req, longDay, longTargetFor(ctx, b.goal));
  const recoverySpeed = speedMps(ctx, 'recovery');
  let state: VolumeState | null = null;
  let heavyDatesBefore: string[] = [];
  return b.shapes.map((shape, w) => {
    const start = addDays(req.startDate, w * 7);
    const dates = Array.from({ length: 7 }, (_, i) => addDays(start, i));
    const raceInWeek = raceDate !== null && dates.includes(raceDate) ? raceDate : null;
    const days: DayBudget[] = dates
      .filter((date) => (raceInWeek === null || date < raceInWeek) && limits.has(weekdayOf(date)))
      .map((date) => ({ date, day: weekdayOf(date), maxMin: limits.get(weekdayOf(date))! }));
    const at = position(b, w, raceInWeek !== null);
    const target = weekTarget(b.volume, state, at);
    const laid = layoutWeek({
      ctx,
      target,
      weeklyM: target.volumeMin * 60 * recoverySpeed,
      days,
      longDay,
      qualityKinds: qualityFor(shape, req, b.goal),
      raceDate,
      heavyDatesBefore,
    });
    heavyDatesBefore = laid.filter((l) => l.session.key).map((l) => l.date);
    const training = laid.reduce((s, l) => s + l.session.durationMin, 0);
    if (at.kind !== 'taper' && !shape.lighter) {
      const long = laid.find((l) => l.session.type === 'long')?.session.durationMin ?? 0;
      state = { lastFullMin: training, lastLongMin: long };
    }
    if (raceInWeek) laid.push({ date: raceInWeek, session: raceSession(ctx) });
    const workouts = laid.map((l) => toWorkout(l.date, l.session, req.sport));
    return {
      start,
      phase: shape.phase,
      lighter: shape.lighter,
      plannedMinutes: workouts.reduce((s, x) => s + x.durationMin, 0),
      plannedLoad: Math.round(workouts.reduce((s, x) => s + x.plannedLoad, 0) * 10) / 10,
      workouts,
    };
  });
}
