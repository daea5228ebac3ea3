'use client';

import { goalSpec } from '@/engine/plan/goals';
import type { GoalId } from '@/engine/plan/goals';
import { planDocName, profileDocName } from '@/lib/store/doc-names';
import { acquireDoc, releaseDoc } from '@/lib/store/doc-registry';
import { writeNewPlan } from '@/lib/store/plan-doc';
import { addPlanToList } from '@/lib/store/profile-doc';
import { writesSettled } from '@/lib/store/storage-problems';
import { getEngine } from '@/lib/worker/engine-client';
import { planFromEngine } from './plan-from-engine';

export type CreatePlanResult = { ok: true; planId: string } | { ok: false; message: string };

/** Asks the engine worker for a plan and files it as a new `<a>/plan/<p>` document. */
export async function createPlan(athleteId: string, request: unknown): Promise<CreatePlanResult> {
  const generated = await getEngine().generatePlan(request);
  if (!generated.ok) return { ok: false, message: generated.error.message };
  const planId = crypto.randomUUID();
  const { plan } = generated;
  const spec = goalSpec(plan.sport, plan.goal as GoalId);
  const title = `${plan.sport === 'run' ? 'Running' : 'Rowing'}: ${spec?.label ?? plan.goal}`;
  const createdAt = new Date().toISOString();
  const { meta, weeks, workouts } = planFromEngine(plan, title, createdAt);
  const planName = planDocName(athleteId, planId);
  const profileName = profileDocName(athleteId);
  const planDoc = acquireDoc(planName);
  const profileDoc = acquireDoc(profileName);
  try {
    writeNewPlan(await planDoc.ready, meta, weeks, workouts);
    // The list names the plan only once the plan is on disk: the plan screen shows a listed plan
    // at once, and an athlete who then leaves the page must not be left with an empty one.
    await writesSettled();
    addPlanToList(await profileDoc.ready, { id: planId, title, createdAt });
    await writesSettled();
  } finally {
    releaseDoc(planName);
    releaseDoc(profileName);
  }
  return { ok: true, planId };
}
