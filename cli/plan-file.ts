import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PaceBasis } from '../engine/plan/adapt-paces.ts';
import { isIsoDate } from '../engine/plan/calendar-date.ts';
import type { PlannedWorkout } from '../engine/workout/types.ts';
import { plannedWorkoutSchema } from '../engine/workout/workout-schema.ts';
import { UsageError } from './io.ts';

/** A plan as `splits plan --json` writes it: the parts adaptation reads, validated. */
const planFileSchema = z.object({
  weeks: z
    .array(
      z.object({
        start: z.string().refine(isIsoDate, { message: 'must be a date like 2027-04-18' }),
        workouts: z.array(plannedWorkoutSchema),
      }),
    )
    .min(1, 'a plan needs at least one week'),
  paceBasis: z
    .object({
      vdot: z.number().positive().nullable(),
      split2kS500m: z.number().positive().nullable(),
    })
    .optional(),
});

export type PlanFile = { weekStart: string; workouts: PlannedWorkout[]; paceBasis: PaceBasis };

export async function readPlanFile(path: string): Promise<PlanFile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`plan "${path}" does not exist.`);
    throw error;
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`plan "${path}" is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `plan "${path}": ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a plan'}.`,
    );
  }
  return {
    weekStart: parsed.data.weeks[0]!.start,
    workouts: parsed.data.weeks.flatMap((w) => w.workouts),
    paceBasis: parsed.data.paceBasis ?? { vdot: null, split2kS500m: null },
  };
}
