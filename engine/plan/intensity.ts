import type { HeartRateZone } from '../workout/types.ts';
import type { GoalSpec } from './goals.ts';

/**
 * The intensities a plan prescribes, easy to hard, and the heart-rate zone of each on a five-zone
 * scale (zone 1–2 easy, 3 steady/marathon, 4 threshold, 5 VO2max and faster). Time in zones 1–2
 * counts as easy for the ~80 % easy rule (Seiler 2010, Int J Sports Physiol Perform 5(3):276–291).
 * Rowing names the same steps by the British Rowing bands: recovery and easy UT2, marathon UT1,
 * threshold AT, interval TR, the 2k race AN (row-splits.ts).
 */
export type Intensity = 'recovery' | 'easy' | 'marathon' | 'threshold' | 'interval' | 'race';

export type TrainingIntensity = Exclude<Intensity, 'race'>;

export const ZONE_OF: Record<TrainingIntensity, HeartRateZone> = {
  recovery: 1,
  easy: 2,
  marathon: 3,
  threshold: 4,
  interval: 5,
};

export const isEasyZone = (zone: HeartRateZone): boolean => zone <= 2;

/**
 * The intensity race day is run at, for targets that have no race pace (heart rate): the marathon
 * is Daniels' M effort, the half and fixed-time pieces threshold, shorter races faster.
 */
export function raceEffort(goal: GoalSpec): TrainingIntensity {
  if ((goal.distanceM ?? 0) >= 40_000) return 'marathon';
  return (goal.distanceM ?? 10_000) >= 21_000 || goal.fixedTimeS !== null
    ? 'threshold'
    : 'interval';
}

export const zoneOf = (intensity: Intensity, goal: GoalSpec): HeartRateZone =>
  ZONE_OF[intensity === 'race' ? raceEffort(goal) : intensity];
