import {
  estimateSeed,
  formMeaning,
  type FitnessSeed,
  type FormMeaning,
} from '@/engine/fitness/fitness-seed';
import type { DayRow } from '@/lib/store/index-rows';
import { fitnessStartSeed, type FitnessStartChoice } from './fitness-start';

/** What the Fitness page shows: the days, the latest, whether form means anything yet, the seed. */
export type FitnessView = {
  /** Days the engine has computed fitness for, oldest first. */
  days: DayRow[];
  last: DayRow | null;
  meaning: FormMeaning;
  /** Where fitness starts now (null: from zero). */
  seed: FitnessSeed | null;
  /** What the first weeks of the history would start it at, offered to the athlete. */
  historyEstimate: FitnessSeed | null;
};

export function fitnessView(allDays: DayRow[], choice: FitnessStartChoice): FitnessView {
  const days = allDays.filter((d) => d.ctl !== null);
  const loads = allDays.map((d) => d.load);
  const seed = fitnessStartSeed(choice, loads);
  return {
    days,
    last: days[days.length - 1] ?? null,
    meaning: formMeaning(allDays.length, seed !== null),
    seed,
    historyEstimate: estimateSeed(loads),
  };
}
