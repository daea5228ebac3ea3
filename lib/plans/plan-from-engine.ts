import type { TrainingPlan } from '@/engine/plan/generate-plan';
import type { PlannedWorkout } from '@/engine/workout/types';
import type { PlanMeta, PlanWeek } from '@/lib/store/workout-schema';

/**
 * The plan document's parts from the engine's generated plan: its warnings, feasibility, every
 * assumption it rests on and the paces its targets come from are kept with it, to be shown
 * beside the figures and handed back to adaptation.
 */
export function planFromEngine(
  plan: TrainingPlan,
  title: string,
  createdAt: string,
): { meta: PlanMeta; weeks: PlanWeek[]; workouts: PlannedWorkout[] } {
  return {
    meta: {
      title,
      sport: plan.sport,
      goal: plan.goal,
      raceDate: plan.raceDate,
      createdAt,
      warnings: plan.warnings,
      assumptions: plan.assumptions,
      feasibility: plan.feasibility,
      paceBasis: plan.paceBasis,
    },
    weeks: plan.weeks.map((w) => ({
      start: w.start,
      phase: w.phase,
      plannedMinutes: w.plannedMinutes,
      lighter: w.lighter,
    })),
    workouts: plan.weeks.flatMap((w) => w.workouts),
  };
}
