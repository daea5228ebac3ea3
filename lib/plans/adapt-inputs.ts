import type { AdaptInput, RaceResult, ReadinessDay } from '@/engine/plan/adapt-plan';
import type { DoneActivity } from '@/engine/plan/match-activities';
import type { PlannedWorkout } from '@/engine/workout/types';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import type { PlanDone } from './plan-activities';

/** The engine's part of a stored workout. */
export function engineWorkout(w: StoredWorkout): PlannedWorkout {
  const { status: _s, notes: _n, activityId: _a, lockedBy: _b, ...engine } = w;
  return engine;
}

/**
 * Results adaptation may update paces from: those the athlete entered, and each race of the plan
 * marked done with its activity (its distance and moving time).
 */
export function planResults(plan: StoredPlan, done: readonly PlanDone[]): RaceResult[] {
  const byId = new Map(done.map((a) => [a.activityId, a]));
  const raced = plan.workouts.flatMap((w) => {
    const activity =
      w.type === 'race' && w.status === 'done' && w.activityId ? byId.get(w.activityId) : undefined;
    return activity && activity.distanceM > 0
      ? [
          {
            date: activity.date,
            distanceM: activity.distanceM,
            timeS: Math.round(activity.durationMin * 60),
          },
        ]
      : [];
  });
  return [...plan.results, ...raced].sort((a, b) => a.date.localeCompare(b.date));
}

/** Workouts marked done by hand, with no activity behind them, still count as training done. */
function doneByHand(plan: StoredPlan, done: readonly PlanDone[]): DoneActivity[] {
  const known = new Set(done.map((a) => a.activityId));
  return plan.workouts
    .filter((w) => w.status === 'done' && (w.activityId === null || !known.has(w.activityId)))
    .map((w) => ({
      date: w.date,
      sport: w.sport,
      durationMin: w.durationMin,
      load: w.plannedLoad,
    }));
}

export type AdaptContext = {
  plan: StoredPlan;
  done: readonly PlanDone[];
  today: string;
  readiness: { score: number | null; advice: ReadinessDay['advice'] } | null;
  readinessHistory: ReadinessDay[];
  acwr: number | null;
};

/** Everything the engine's adaptPlan takes, from the stored plan and what the app knows. */
export function adaptInput(c: AdaptContext): AdaptInput {
  const { paceBasis } = c.plan.meta;
  return {
    workouts: c.plan.workouts.map(engineWorkout),
    done: [
      ...c.done.map(({ date, sport, durationMin, load }) => ({ date, sport, durationMin, load })),
      ...doneByHand(c.plan, c.done),
    ],
    today: c.today,
    readiness: c.readiness,
    acwr: c.acwr,
    readinessHistory: c.readinessHistory,
    results: planResults(c.plan, c.done),
    paceBasis,
    ...(c.plan.weeks[0] ? { weekStart: c.plan.weeks[0].start } : {}),
  };
}
