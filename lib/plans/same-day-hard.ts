import { addDays } from '@/engine/plan/calendar-date';
import { isHard } from '@/engine/workout/hard-sessions';
import type { StoredWorkout } from '@/lib/store/workout-schema';

export type PlanWorkouts = { id: string; title: string; workouts: readonly StoredWorkout[] };

export type ClashSession = { planId: string; planTitle: string; workout: StoredWorkout };

/** Two plans booking hard sessions on one day, and a day one of them could move to. */
export type HardClash = {
  date: string;
  sessions: ClashSession[];
  /** The session to move and where; null when no nearby day is free of hard sessions. */
  suggestion: { session: ClashSession; date: string } | null;
};

const counts = (w: StoredWorkout) => w.status !== 'skipped' && isHard(w.type);

/** Nearest first, later before earlier: +1, −1, +2, −2, +3, −3. */
const NEARBY = [1, -1, 2, -2, 3, -3];

/**
 * Days from `today` on where two or more plans (say a run plan and a row plan) each book a hard
 * session (the engine's hard set: threshold, intervals, race pace, race). The suggestion moves a
 * session that is not a race to the nearest day its own plan leaves free, with no hard session the
 * day before, on, or after it in any plan, so the two hard days stop adding up.
 */
export function sameDayHard(plans: readonly PlanWorkouts[], today: string): HardClash[] {
  const hard: ClashSession[] = plans.flatMap((p) =>
    p.workouts
      .filter((w) => w.date >= today && counts(w))
      .map((workout) => ({ planId: p.id, planTitle: p.title, workout })),
  );
  const byDate = new Map<string, ClashSession[]>();
  for (const s of hard) byDate.set(s.workout.date, [...(byDate.get(s.workout.date) ?? []), s]);
  const clashes: HardClash[] = [];
  for (const [date, sessions] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    if (new Set(sessions.map((s) => s.planId)).size < 2) continue;
    clashes.push({ date, sessions, suggestion: suggestMove(sessions, hard, plans, today) });
  }
  return clashes;
}

function suggestMove(
  sessions: ClashSession[],
  hard: ClashSession[],
  plans: readonly PlanWorkouts[],
  today: string,
): HardClash['suggestion'] {
  const movable = [...sessions]
    .reverse()
    .find((s) => s.workout.type !== 'race' && s.workout.status === 'planned');
  if (!movable) return null;
  const others = hard.filter(
    (s) => s.workout.id !== movable.workout.id || s.planId !== movable.planId,
  );
  const hardDates = new Set(others.map((s) => s.workout.date));
  // Its own plan's other days are taken: a hard session beside that plan's long one or on top of
  // another of its sessions would only move the problem.
  const ownDates = new Set(
    plans
      .find((p) => p.id === movable.planId)!
      .workouts.filter((w) => w.id !== movable.workout.id && w.status !== 'skipped')
      .map((w) => w.date),
  );
  for (const offset of NEARBY) {
    const date = addDays(movable.workout.date, offset);
    if (date < today || ownDates.has(date)) continue;
    if ([-1, 0, 1].some((d) => hardDates.has(addDays(date, d)))) continue;
    return { session: movable, date };
  }
  return null;
}
