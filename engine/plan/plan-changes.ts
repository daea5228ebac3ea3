import type { PlannedWorkout } from '../workout/types.ts';

/** A proposed change to one workout, with its reason, for the athlete to accept or decline. */
export type PlanChange = {
  id: string;
  workoutId: string;
  kind: 'ease' | 'shorten' | 'move' | 'repace';
  before: PlannedWorkout;
  after: PlannedWorkout;
  reason: string;
  /** For a move onto a day that held an easy session: that session's id, let go if accepted. */
  replaces?: string;
};

/** The changes proposed so far, at most one per workout; locked workouts and the race refuse. */
export class ChangeSet {
  private readonly byWorkout = new Map<string, PlanChange>();

  static editable(w: PlannedWorkout): boolean {
    return !w.locked && w.type !== 'race';
  }

  has(workoutId: string): boolean {
    return this.byWorkout.has(workoutId);
  }

  propose(
    before: PlannedWorkout,
    after: PlannedWorkout,
    kind: PlanChange['kind'],
    reason: string,
    replaces?: string,
  ): boolean {
    if (!ChangeSet.editable(before)) return false;
    this.byWorkout.set(before.id, {
      id: `${kind}-${before.id}`,
      workoutId: before.id,
      kind,
      before,
      after,
      reason,
      ...(replaces === undefined ? {} : { replaces }),
    });
    return true;
  }

  /** In date order, then by id: the same inputs always list the same changes. */
  list(): PlanChange[] {
    return [...this.byWorkout.values()].sort((a, b) =>
      a.before.date < b.before.date ? -1 : a.before.date > b.before.date ? 1 : a.id < b.id ? -1 : 1,
    );
  }
}

/**
 * The plan after the athlete's choices: accepted changes applied, declined ones ignored. Locked
 * workouts are never altered even if a change names them.
 */
export function applyChanges(
  workouts: PlannedWorkout[],
  changes: PlanChange[],
  acceptedIds: ReadonlySet<string>,
): PlannedWorkout[] {
  const byWorkout = new Map(
    changes.filter((c) => acceptedIds.has(c.id)).map((c) => [c.workoutId, c]),
  );
  const accepted = [...byWorkout.values()];
  const moved = new Set(accepted.filter((c) => c.kind === 'move').map((c) => c.after.id));
  const replaced = new Set(accepted.flatMap((c) => (c.replaces === undefined ? [] : [c.replaces])));
  return workouts
    .filter((w) => !((moved.has(w.id) || replaced.has(w.id)) && !byWorkout.has(w.id)) || w.locked)
    .map((w) => {
      const change = byWorkout.get(w.id);
      return change && !w.locked ? change.after : w;
    });
}
