'use client';

import type { Feasibility } from '@/engine/plan/feasibility';
import type { PlanRequest } from '@/engine/plan/plan-request';
import { createPlan } from '@/lib/plans/create-plan';
import { getEngine } from '@/lib/worker/engine-client';
import { alternativesFor, type Alternative } from './plan-alternatives';

export type MakeOutcome =
  | { type: 'made'; planId: string; feasibility: Feasibility; warnings: string[]; weeks: number }
  | {
      type: 'unrealistic';
      summary: string;
      alternatives: Alternative[];
      /** The days offered cannot hold the goal however long the plan: more days would. */
      needsRoom: boolean;
    }
  | { type: 'failed'; message: string };

/**
 * Makes the plan through the engine's feasibility check: a realistic or stretch goal is filed as a
 * plan (`lib/plans/create-plan`); an unrealistic one comes back with what would work instead, each
 * alternative already checked, for the athlete to pick.
 */
export async function makePlan(athleteId: string, request: PlanRequest): Promise<MakeOutcome> {
  const engine = getEngine();
  const checked = await engine.generatePlan(request);
  if (!checked.ok) {
    const { error } = checked;
    if (error.type !== 'GoalNotRealistic') return { type: 'failed', message: error.message };
    const alternatives = await alternativesFor(request, error, (r) => engine.generatePlan(r));
    return {
      type: 'unrealistic',
      summary: error.feasibility?.summary ?? error.message,
      alternatives,
      needsRoom: error.feasibility?.neededWeeks === null,
    };
  }
  const created = await createPlan(athleteId, request);
  if (!created.ok) return { type: 'failed', message: created.message };
  const { plan } = checked;
  return {
    type: 'made',
    planId: created.planId,
    feasibility: plan.feasibility,
    warnings: plan.warnings,
    weeks: plan.weeks.length,
  };
}
