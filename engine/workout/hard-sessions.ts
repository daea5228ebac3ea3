import type { WorkoutType } from './types.ts';

/**
 * The session types that count as hard: time at threshold or faster (zones 3–5), and the race.
 * One definition for the plan generator's "two hard days a week, never back to back", for where a
 * missed session may move, and for what adaptation eases.
 */
export const HARD_TYPES: ReadonlySet<WorkoutType> = new Set<WorkoutType>([
  'tempo',
  'intervals',
  'racePace',
  'race',
]);

export const isHard = (type: WorkoutType): boolean => HARD_TYPES.has(type);
