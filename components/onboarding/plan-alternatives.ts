import { addDays, daysBetween } from '@/engine/plan/calendar-date';
import type { PlanError, PlanResult } from '@/engine/plan/generate-plan';
import { GOAL_IDS, goalSpec, type GoalId } from '@/engine/plan/goals';
import type { PlanRequest } from '@/engine/plan/plan-request';

/** A plan the athlete can pick instead of one the engine found unrealistic. */
export type Alternative = {
  kind: 'later-race' | 'shorter-goal' | 'just-fitter';
  request: PlanRequest;
};

/** The first day on or after `from` that falls on the same weekday as `like`. */
function sameWeekdayFrom(from: string, like: string): string {
  const shift = ((daysBetween(from, like) % 7) + 7) % 7;
  return addDays(from, shift);
}

function candidates(request: PlanRequest, error: PlanError): Alternative[] {
  const list: Alternative[] = [];
  const needed = error.feasibility?.neededWeeks ?? null;
  if (needed !== null && request.raceDate !== null) {
    const earliest = addDays(request.startDate, (needed - 1) * 7);
    list.push({
      kind: 'later-race',
      request: { ...request, raceDate: sameWeekdayFrom(earliest, request.raceDate) },
    });
  }
  const current = goalSpec(request.sport, request.goal);
  for (const id of GOAL_IDS[request.sport]) {
    const spec = goalSpec(request.sport, id);
    if (!spec || !current || spec.readyWeeklyMin === 0) continue;
    if (spec.readyWeeklyMin < current.readyWeeklyMin)
      list.push({ kind: 'shorter-goal', request: { ...request, goal: id as GoalId } });
  }
  list.push({
    kind: 'just-fitter',
    request: { ...request, goal: 'general-fitness', raceDate: null },
  });
  return list;
}

/**
 * What would work instead of an unrealistic goal, each checked by the engine before it is offered:
 * the same goal on a later race day (the engine's "on or after", kept on the race's weekday), the
 * shorter goals of the sport on the same date (the longest first), and general fitness.
 */
export async function alternativesFor(
  request: PlanRequest,
  error: PlanError,
  tryPlan: (request: PlanRequest) => Promise<PlanResult>,
): Promise<Alternative[]> {
  const all = candidates(request, error);
  const checked = await Promise.all(all.map((a) => tryPlan(a.request)));
  const workable = all.filter((_, i) => checked[i]!.ok);
  const shorter = workable
    .filter((a) => a.kind === 'shorter-goal')
    .reverse()
    .slice(0, 2);
  return [
    ...workable.filter((a) => a.kind === 'later-race'),
    ...shorter,
    ...workable.filter((a) => a.kind === 'just-fitter'),
  ];
}
