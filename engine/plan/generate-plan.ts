import type { PlannedWorkout } from '../workout/types.ts';
import { vdotFromRace, raceTimeForVdot } from '../predict/daniels-vdot.ts';
import { paulsSplit, paulsTime } from '../predict/pauls-law.ts';
import { addDays, daysBetween, weekdayOf } from './calendar-date.ts';
import { goalSpec, type GoalSpec } from './goals.ts';
import { planPhases, type Phase, type WeekShape } from './phases.ts';
import { PlanRequestSchema, type PlanRequest } from './plan-request.ts';
import { raceSession, type Session, type TargetContext } from './session-builders.ts';
import { layoutWeek, type DayBudget, type QualityKind } from './week-layout.ts';
import { startingVolume, weekVolume } from './weekly-volume.ts';

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
  /** How the plan was built, in plain words. */
  notes: string[];
  weeks: PlanWeek[];
};

export type PlanError = { type: 'InvalidRequest' | 'RaceTooSoon' | 'RaceTooFar'; message: string };

export const MAX_PLAN_WEEKS = 52;
export const GENERAL_FITNESS_WEEKS = 12;
/** A day offered with no limit is planned as at most this long (the long day: the goal's cap). */
export const OPEN_DAY_MIN = 120;
const EXPERIENCE_SCALE = { beginner: 0.7, intermediate: 1, advanced: 1.3 } as const;
/** Without a best time, race duration is estimated from a gentle pace (6:30 /km, 2:15 /500 m). */
const DEFAULT_RUN_S_PER_KM = 390;
const DEFAULT_ROW_S500M = 135;

function qualityFor(shape: WeekShape, req: PlanRequest, goal: GoalSpec): QualityKind[] {
  const beginner = req.experience === 'beginner';
  const longRace = (goal.distanceM ?? 0) >= 21_000;
  const byPhase: Record<Phase, QualityKind[]> = {
    base: beginner ? [] : ['tempo'],
    build: ['intervals', 'tempo'],
    peak:
      goal.id === 'general-fitness'
        ? ['intervals', 'tempo']
        : longRace
          ? ['racePace', 'tempo']
          : ['intervals', 'racePace'],
    taper: goal.id === 'general-fitness' ? ['tempo'] : ['racePace'],
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
  return { sport: req.sport, goal, vdot, split2kS500m, heartRateZones: req.heartRateZones };
}

function predictedRaceS(ctx: TargetContext): number {
  const { goal } = ctx;
  if (goal.fixedTimeS !== null) return goal.fixedTimeS;
  const distanceM = goal.distanceM ?? 0;
  if (ctx.sport === 'run') {
    return ctx.vdot !== null
      ? raceTimeForVdot(ctx.vdot, distanceM)
      : (distanceM / 1000) * DEFAULT_RUN_S_PER_KM;
  }
  const split = ctx.split2kS500m ?? DEFAULT_ROW_S500M;
  return paulsTime(2000, split, distanceM);
}

function toWorkout(date: string, session: Session, sport: PlanRequest['sport']): PlannedWorkout {
  const { hardMin: _hardMin, ...rest } = session;
  return { id: `${date}-${sport}-${session.type}`, date, sport, ...rest, locked: false };
}

/** Builds a periodized plan; the same request always gives the same plan. */
export function generatePlan(
  input: unknown,
): { ok: true; plan: TrainingPlan } | { ok: false; error: PlanError } {
  const parsed = PlanRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      error: {
        type: 'InvalidRequest',
        message: `${where}${issue?.message ?? 'invalid plan request'}`,
      },
    };
  }
  const req = parsed.data;
  const goal = goalSpec(req.sport, req.goal);
  if (!goal)
    return {
      ok: false,
      error: { type: 'InvalidRequest', message: `${req.goal} is not a ${req.sport} goal` },
    };
  const raceDate = goal.id === 'general-fitness' ? null : req.raceDate;
  const totalWeeks = raceDate
    ? Math.floor(daysBetween(req.startDate, raceDate) / 7) + 1
    : GENERAL_FITNESS_WEEKS;
  if (raceDate && daysBetween(req.startDate, raceDate) < 0) {
    return {
      ok: false,
      error: { type: 'RaceTooSoon', message: 'the race date is before the plan starts' },
    };
  }
  if (totalWeeks > MAX_PLAN_WEEKS) {
    return {
      ok: false,
      error: {
        type: 'RaceTooFar',
        message: `the race is more than ${MAX_PLAN_WEEKS} weeks away; start the plan later`,
      },
    };
  }

  const ctx = targetContext(req, goal);
  const lighterEvery = req.experience === 'beginner' ? 3 : 4;
  const shapes = planPhases(totalWeeks, goal.taperWeeks, lighterEvery);
  const maxOf = (day: PlanRequest['days'][number]): number =>
    day.maxMin ?? (day.day === req.longDay ? goal.longCapMin : OPEN_DAY_MIN);
  const capacityMin = req.days.reduce((sum, d) => sum + maxOf(d), 0);
  const peakMin = goal.peakWeeklyMin * EXPERIENCE_SCALE[req.experience];
  const taperWeeks = shapes.filter((s) => s.phase === 'taper').length;
  let lastFullMin = startingVolume(req.currentWeeklyMin, capacityMin);
  const byDay = new Map(req.days.map((d) => [d.day, maxOf(d)]));

  let heavyDatesBefore: string[] = [];
  const weeks: PlanWeek[] = shapes.map((shape, w) => {
    const start = addDays(req.startDate, w * 7);
    const dates = Array.from({ length: 7 }, (_, i) => addDays(start, i));
    const raceInWeek = raceDate !== null && dates.includes(raceDate) ? raceDate : null;
    const days: DayBudget[] = dates
      .filter((date) => raceInWeek === null || date < raceInWeek)
      .filter((date) => byDay.has(weekdayOf(date)))
      .map((date) => ({ date, day: weekdayOf(date), maxMin: byDay.get(weekdayOf(date))! }));
    const laid = layoutWeek({
      ctx,
      volumeMin: weekVolume({
        shape,
        lastFullMin,
        firstWeek: w === 0,
        afterLighter: shapes[w - 1]?.lighter === true,
        taperIndex: w - (shapes.length - taperWeeks),
        taperWeeks,
        peakTargetMin: peakMin,
        capacityMin,
      }),
      days,
      longDay: req.longDay,
      qualityKinds: qualityFor(shape, req, goal),
      raceDate: raceInWeek,
      longCapMin: goal.longCapMin,
      heavyDatesBefore,
    });
    heavyDatesBefore = laid.filter((l) => l.session.key).map((l) => l.date);
    if (raceInWeek) laid.push({ date: raceInWeek, session: raceSession(ctx, predictedRaceS(ctx)) });
    const workouts = laid.map((l) => toWorkout(l.date, l.session, req.sport));
    if (shape.phase !== 'taper' && !shape.lighter) {
      lastFullMin = workouts.reduce((s, x) => s + x.durationMin, 0);
    }
    return {
      start,
      phase: shape.phase,
      lighter: shape.lighter,
      plannedMinutes: workouts.reduce((s, x) => s + x.durationMin, 0),
      plannedLoad: Math.round(workouts.reduce((s, x) => s + x.plannedLoad, 0) * 10) / 10,
      workouts,
    };
  });
  return {
    ok: true,
    plan: {
      sport: req.sport,
      goal: req.goal,
      raceDate,
      notes: [...planNotes(req, goal, ctx, shapes), ...roomNote(req, weeks)],
      weeks,
    },
  };
}

/** When the offered days cannot hold today's volume, say so kindly rather than overfill a day. */
function roomNote(req: PlanRequest, weeks: PlanWeek[]): string[] {
  const full = weeks.filter((w) => !w.lighter && w.phase !== 'taper').map((w) => w.plannedMinutes);
  const most = full.length ? Math.max(...full) : 0;
  return full.length && most < req.currentWeeklyMin - 15
    ? [
        `Your days hold about ${most} minutes a week with the long session kept to its share, so the plan stays within that; add a day or more minutes any time and it grows.`,
      ]
    : [];
}

function planNotes(
  req: PlanRequest,
  goal: GoalSpec,
  ctx: TargetContext,
  shapes: WeekShape[],
): string[] {
  const count = (p: Phase) => shapes.filter((s) => s.phase === p).length;
  const notes = [
    `${shapes.length} weeks toward ${goal.label}: ${count('base')} base, ${count('build')} build, ${count('peak')} peak and ${count('taper')} taper.`,
    `We start from the ${Math.round(req.currentWeeklyMin)} minutes a week you train now and add at most 10 % a week, with a lighter week every ${req.experience === 'beginner' ? '3rd' : '4th'} week so the work can sink in.`,
    'About 80 % of the time is easy, with at most two harder sessions a week, never back to back when your days allow.',
  ];
  if (ctx.vdot !== null)
    notes.push(`Paces come from your VDOT of ${ctx.vdot.toFixed(1)} (Daniels).`);
  if (ctx.split2kS500m !== null)
    notes.push(
      "Splits come from your 2k pace by Paul's law (+5 s /500 m per doubling of distance).",
    );
  if (ctx.vdot === null && ctx.split2kS500m === null) {
    notes.push(
      'Without a recent best time, sessions are guided by heart-rate zones and feel; add one any time for paces.',
    );
  }
  return notes;
}
