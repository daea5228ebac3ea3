import type { HeartRateZone } from '../workout/types.ts';

/**
 * The intensities a plan prescribes, easy to hard, and the heart-rate zone of each on a five-zone
 * scale (zone 1–2 easy, 3 steady/marathon, 4 threshold, 5 VO2max and faster). Time in zones 1–2
 * counts as easy for the ~80 % easy rule (Seiler 2010, Int J Sports Physiol Perform 5(3):276–291).
 */
export type Intensity = 'recovery' | 'easy' | 'marathon' | 'threshold' | 'interval' | 'race';

export const ZONE_OF: Record<Exclude<Intensity, 'race'>, HeartRateZone> = {
  recovery: 1,
  easy: 2,
  marathon: 3,
  threshold: 4,
  interval: 5,
};

export const isEasyZone = (zone: HeartRateZone): boolean => zone <= 2;
