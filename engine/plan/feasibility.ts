import { addDays } from './calendar-date.ts';
import type { GoalSpec } from './goals.ts';
import { weekTarget, type VolumePlan, type VolumeState } from './volume-schedule.ts';

/**
 * Is the goal realistic from here? The weeks it needs are the weeks the plan's own progression
 * (volume-schedule.ts) takes to reach the goal's ready volume and long session from today's
 * volume, plus its taper. Realistic when the weeks available cover that; a stretch when they fall
 * short by at most a quarter (at least two weeks) — the plan is made, with a warning; otherwise the
 * request is refused with what would work instead: a later race, a shorter goal on the same date,
 * or more days or minutes when the days offered cannot hold the goal at all.
 */
export type Feasibility = {
  status: 'realistic' | 'stretch' | 'unrealistic';
  availableWeeks: number;
  /** Null when the days offered cannot hold what the goal needs however long the plan. */
  neededWeeks: number | null;
  summary: string;
  /** What to change, in plain words; empty when realistic. */
  changes: string[];
};

const MAX_SIMULATED_WEEKS = 104;

/** Loading weeks until a full week holds the goal's ready minutes and long session. */
export function loadingWeeksToReady(
  plan: VolumePlan,
  goal: GoalSpec,
  lighterEvery: number,
): number | null {
  if (plan.ceilingMin < goal.readyWeeklyMin || plan.longTargetMin < goal.readyLongMin) return null;
  let state: VolumeState | null = null;
  for (let w = 0; w < MAX_SIMULATED_WEEKS; w++) {
    const lighter = w > 0 && (w + 1) % lighterEvery === 0;
    const at =
      w === 0
        ? { kind: 'first' as const }
        : { kind: 'loading' as const, shape: { phase: 'build' as const, lighter } };
    const t = weekTarget(plan, state, at);
    if (lighter) continue;
    if (t.volumeMin >= goal.readyWeeklyMin && t.longMin >= goal.readyLongMin) return w + 1;
    state = { lastFullMin: t.volumeMin, lastLongMin: t.longMin };
  }
  return null;
}

export function neededWeeks(plan: VolumePlan, goal: GoalSpec, lighterEvery: number): number | null {
  const loading = loadingWeeksToReady(plan, goal, lighterEvery);
  return loading === null ? null : Math.max(1, loading) + goal.taperWeeks;
}

export type FeasibilityInput = {
  goal: GoalSpec;
  plan: VolumePlan;
  lighterEvery: number;
  availableWeeks: number;
  startDate: string;
  currentWeeklyMin: number;
  /** The other goals of the sport with the volume plan each would get, shortest first. */
  alternatives: { goal: GoalSpec; plan: VolumePlan }[];
};

const stretchSlack = (needed: number) => Math.max(2, Math.ceil(needed * 0.25));

function roomChanges(f: FeasibilityInput): string[] {
  const { goal, plan } = f;
  const out: string[] = [];
  if (plan.capacityMin < goal.readyWeeklyMin)
    out.push(
      `offer about ${goal.readyWeeklyMin - plan.capacityMin} more minutes a week (another day, or longer days): your days hold ${plan.capacityMin} and ${goal.label} needs about ${goal.readyWeeklyMin}`,
    );
  if (plan.longDayMaxMin < goal.readyLongMin || plan.trainDays < 2)
    out.push(
      `allow at least ${goal.readyLongMin} minutes on your long day, with one more day in the week for the rest`,
    );
  return out;
}

function shorterGoal(f: FeasibilityInput): string[] {
  const fits = f.alternatives.find((a) => {
    if (
      (a.goal.distanceM ?? a.goal.fixedTimeS ?? Infinity) >=
      (f.goal.distanceM ?? f.goal.fixedTimeS ?? 0)
    )
      return false;
    const needed = neededWeeks(a.plan, a.goal, f.lighterEvery);
    return needed !== null && needed <= f.availableWeeks;
  });
  return fits ? [`choose ${fits.goal.label} on the same date instead`] : [];
}

export function assessFeasibility(f: FeasibilityInput): Feasibility {
  const { goal, availableWeeks } = f;
  if (goal.readyWeeklyMin === 0) {
    return {
      status: 'realistic',
      availableWeeks,
      neededWeeks: null,
      summary: `With no race date, the plan builds for ${availableWeeks} weeks from the ${Math.round(f.currentWeeklyMin)} minutes a week you train now.`,
      changes: [],
    };
  }
  const needed = neededWeeks(f.plan, goal, f.lighterEvery);
  const from = `from ${Math.round(f.currentWeeklyMin)} minutes a week`;
  const aim = `about ${goal.readyWeeklyMin} minutes a week with a ${goal.readyLongMin}-minute long session`;
  if (needed === null) {
    return {
      status: 'unrealistic',
      availableWeeks,
      neededWeeks: null,
      summary: `${goal.label} asks for ${aim}, more than the days you offered can hold.`,
      changes: [...roomChanges(f), ...shorterGoal(f)],
    };
  }
  const base = { availableWeeks, neededWeeks: needed };
  if (needed <= availableWeeks)
    return {
      status: 'realistic',
      ...base,
      summary: `${goal.label} is realistic ${from}: building to ${aim} takes about ${needed} weeks including the taper, and there are ${availableWeeks}.`,
      changes: [],
    };
  const later = `a race on or after ${addDays(f.startDate, (needed - 1) * 7)}`;
  const changes = [later, ...shorterGoal(f)];
  const short = `building ${from} to ${aim} takes about ${needed} weeks including the taper, and there are ${availableWeeks}`;
  if (needed - availableWeeks <= stretchSlack(needed))
    return {
      status: 'stretch',
      ...base,
      summary: `${goal.label} is a stretch: ${short}. The plan builds as far as it safely can.`,
      changes,
    };
  return {
    status: 'unrealistic',
    ...base,
    summary: `${goal.label} is not realistic yet: ${short}.`,
    changes,
  };
}
