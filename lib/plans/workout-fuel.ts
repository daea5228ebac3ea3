import { fuelForWorkout, type FuelPlan } from '@/engine/fuel/fueling';
import { isHard } from '@/engine/workout/hard-sessions';
import type { PlannedWorkout } from '@/engine/workout/types';

/** Long sessions, hard ones and anything past 75 minutes are worth a thought about fuel. */
export function worthFueling(workout: Pick<PlannedWorkout, 'type' | 'durationMin'>): boolean {
  return workout.type === 'long' || isHard(workout.type) || workout.durationMin >= 75;
}

/**
 * The engine's fueling suggestions (engine/fuel/fueling.ts) for a planned session. Body mass and
 * the day's temperature are not known yet, so the amounts are the general ranges.
 */
export function workoutFuel(workout: Pick<PlannedWorkout, 'type' | 'durationMin'>): FuelPlan {
  return fuelForWorkout(workout, { temperatureC: null, bodyMassKg: null });
}
