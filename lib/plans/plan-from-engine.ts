import type { TrainingPlan } from '@/engine/plan/generate-plan';
import type { PlannedWorkout } from '@/engine/workout/types';
import type { PlanMeta, PlanWeek } from '@/lib/store/workout-schema';

/** The plan document's parts from the engine's generated plan. */
export function planFromEngine(
  plan: TrainingPlan,
  title: string,
  createdAt: string,
): { meta: PlanMeta; weeks: PlanWeek[]; workouts: PlannedWorkout[] } {
  return {
    meta: { title, sport: plan.sport, goal: plan.goal, raceDate: plan.raceDate, createdAt },
    weeks: plan.weeks.map((w) => ({
      start: w.start,
      phase: w.phase,
      plannedMinutes: w.plannedMinutes,
    })),
    workouts: plan.weeks.flatMap((w) => w.workouts),
  };
}
