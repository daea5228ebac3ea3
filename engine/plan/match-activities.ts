import type { PlannedWorkout, WorkoutSport } from '../workout/types.ts';
import { addDays } from './calendar-date.ts';

/** A finished activity as adaptation and compliance need it: plain numbers, no streams. */
export type DoneActivity = {
  date: string;
  sport: WorkoutSport | 'other';
  durationMin: number;
  /** TSS-like load from the analysis, when it could be computed. */
  load: number | null;
};

/**
 * Pairs planned workouts with what was done: same sport, the same day first, then a day either side
 * (a session moved by a day still counts). Each activity pairs with at most one workout.
 * Returns workout id → index into `done`.
 */
export function matchActivities(
  workouts: PlannedWorkout[],
  done: DoneActivity[],
): Map<string, number> {
  const byDate = new Map<string, number[]>();
  done.forEach((a, i) => byDate.set(a.date, [...(byDate.get(a.date) ?? []), i]));
  const used = new Set<number>();
  const matches = new Map<string, number>();
  const ordered = [...workouts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const offsets of [[0], [-1, 1]]) {
    for (const w of ordered) {
      if (matches.has(w.id)) continue;
      const candidates = offsets.flatMap(
        (d) => byDate.get(d === 0 ? w.date : addDays(w.date, d)) ?? [],
      );
      const index = candidates.find((i) => !used.has(i) && done[i]!.sport === w.sport);
      if (index !== undefined) {
        used.add(index);
        matches.set(w.id, index);
      }
    }
  }
  return matches;
}
