import type { PlannedWorkout } from '@/engine/workout/types';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import type { PlanDone } from './plan-activities';

/** A stored workout for tests: an easy 40-minute run unless told otherwise. */
export function stored(overrides: Partial<StoredWorkout> & { date: string }): StoredWorkout {
  const base: PlannedWorkout = {
    id: `${overrides.date}-${overrides.sport ?? 'run'}-${overrides.type ?? 'easy'}`,
    date: overrides.date,
    sport: 'run',
    type: 'easy',
    title: 'Easy run · 40 min',
    description: '',
    durationMin: 40,
    steps: [],
    plannedLoad: 30,
    key: false,
    locked: false,
  };
  return {
    ...base,
    status: 'planned',
    notes: '',
    activityId: null,
    lockedBy: 'athlete',
    ...overrides,
  };
}

export function doneActivity(overrides: Partial<PlanDone> & { date: string }): PlanDone {
  return {
    activityId: `a-${overrides.date}`,
    sport: 'run',
    durationMin: 40,
    distanceM: 8000,
    load: 40,
    ...overrides,
  };
}
