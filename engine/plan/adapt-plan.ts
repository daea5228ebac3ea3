import type { PlannedWorkout } from '../workout/types.ts';
import { easeDays, easingFor, spanText, type Advice, type ReadinessDay } from './adapt-easing.ts';
import { ACWR_LIMIT, trimLoad } from './adapt-load.ts';
import { moveMissed, type Holding } from './adapt-missed.ts';
import { updatePaces, type PaceBasis, type PaceUpdate, type RaceResult } from './adapt-paces.ts';
import { reenter, reentryFor } from './adapt-reentry.ts';
import { easyTargets } from './adapt-sessions.ts';
import { addDays } from './calendar-date.ts';
import type { DoneActivity } from './match-activities.ts';
import { ChangeSet, type PlanChange } from './plan-changes.ts';
import type { DayRoom } from './reschedule-missed.ts';

export { applyChanges, type PlanChange } from './plan-changes.ts';
export type { PaceUpdate, RaceResult } from './adapt-paces.ts';
export type { ReadinessDay } from './adapt-easing.ts';

/**
 * Revises the coming days from what was done, readiness, the load ratio and new results. In order:
 * 1. A better race or test result moves the paces of every coming workout (adapt-paces.ts).
 * 2. Low readiness or illness eases every affected day and the note names them (adapt-easing.ts).
 * 3. A week or more away from training makes the coming week a re-entry week (adapt-reentry.ts).
 * 4. An acute:chronic ratio above 1.5 trims the next 7 days by about a fifth (adapt-load.ts).
 * 5. A key session that did not happen moves within its week, or is let go with the reason
 *    (adapt-missed.ts, reschedule-missed.ts).
 * Locked workouts (a person edited them) and the race are never changed. Every change is proposed,
 * with a reason, for the athlete to accept or decline (applyChanges); one change per workout, the
 * later rule's winning.
 */
export type AdaptInput = {
  workouts: PlannedWorkout[];
  done: DoneActivity[];
  today: string;
  readiness: { score: number | null; advice: Advice | null } | null;
  acwr: number | null;
  /** The days before today, for how long readiness has been low (illness lasts days). */
  readinessHistory?: ReadinessDay[];
  /** Race or test results; the latest up to today may update the paces. */
  results?: RaceResult[];
  /** The paces the plan's targets come from (TrainingPlan.paceBasis). */
  paceBasis?: PaceBasis;
  /** How far ahead to revise, 7–14 days. */
  horizonDays?: number;
  /** A date on which plan weeks start (the plan's start); Monday weeks when not given. */
  weekStart?: string;
  /** The athlete's training days and minutes; read from the plan itself when not given. */
  availability?: DayRoom[];
};

export type Adaptation = { changes: PlanChange[]; notes: string[]; paceUpdate?: PaceUpdate };

/** Plan weeks run Monday to Sunday unless the input says where they start (any Monday will do). */
const MONDAY = '2024-01-01';

export function adaptPlan(input: AdaptInput): Adaptation {
  const horizon = Math.min(14, Math.max(7, input.horizonDays ?? 10));
  const end = addDays(input.today, horizon - 1);
  const upcoming = input.workouts
    .filter((w) => w.date >= input.today && w.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const changes = new ChangeSet();
  const notes: string[] = [];
  const basis = input.paceBasis ?? { vdot: null, split2kS500m: null };
  const paceUpdate = updatePaces(
    input.workouts,
    input.today,
    input.results ?? [],
    basis,
    changes,
    notes,
  );
  const current = changes.list().map((c) => c.after);
  const plan = current.length
    ? [...input.workouts.filter((w) => !changes.has(w.id)), ...current]
    : input.workouts;
  const targets = { easy: easyTargets(plan, 2), recovery: easyTargets(plan, 1) };

  let holding: Holding = null;
  const easing = easingFor(input.today, input.readiness, input.readinessHistory ?? []);
  if (easing) {
    easeDays(easing, upcoming, targets, changes, notes);
    holding = { kind: 'easing', span: spanText(easing.dates) };
  }
  const reentry = reentryFor(input.workouts, input.done, input.today);
  if (reentry) {
    reenter(reentry, upcoming, targets, changes, notes);
    holding ??= { kind: 'reentry', span: spanText(reentry.dates) };
  }
  if (input.acwr !== null && input.acwr > ACWR_LIMIT) {
    trimLoad(input.acwr, input.today, upcoming, targets, changes);
    holding ??= { kind: 'ratio', span: spanText([input.today, addDays(input.today, 6)]) };
  }
  moveMissed({ ...input, weekStart: input.weekStart ?? MONDAY }, holding, changes, notes);
  return { changes: changes.list(), notes, ...(paceUpdate ? { paceUpdate } : {}) };
}
