import { canEstimateSeed, estimateSeed, type FitnessSeed } from '@/engine/fitness/fitness-seed';
import type { Profile } from '@/lib/store/profile-schema';

export type FitnessStartChoice = Pick<
  Profile,
  'fitnessStart' | 'fitnessStartCtl' | 'fitnessStartAtl'
>;

/**
 * Where the fitness series starts, from the athlete's choice: their own figures (fatigue taken as
 * equal to fitness when they gave only fitness — a steady week), the estimate from the first weeks
 * of the history (engine `estimateSeed`), or null: from zero, as before they chose.
 */
export function fitnessStartSeed(
  choice: FitnessStartChoice,
  dailyLoads: ArrayLike<number>,
): FitnessSeed | null {
  if (choice.fitnessStart === 'own' && choice.fitnessStartCtl !== null)
    return { ctl: choice.fitnessStartCtl, atl: choice.fitnessStartAtl ?? choice.fitnessStartCtl };
  if (choice.fitnessStart === 'history') return estimateSeed(dailyLoads);
  return null;
}

/** Changes exactly when the seed the series starts from can change. */
export const fitnessStartKey = (choice: FitnessStartChoice): string =>
  `${choice.fitnessStart}|${choice.fitnessStartCtl}|${choice.fitnessStartAtl}`;

/** Whether the series starts from a seed, knowing only how many days of history there are. */
export const startsSeeded = (choice: FitnessStartChoice, historyDays: number): boolean =>
  (choice.fitnessStart === 'own' && choice.fitnessStartCtl !== null) ||
  (choice.fitnessStart === 'history' && canEstimateSeed(historyDays));
