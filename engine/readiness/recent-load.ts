import { dailyLoads } from '../fitness/daily-loads.ts';
import { formMeaning, type FitnessSeed } from '../fitness/fitness-seed.ts';
import { computePmc, pmcDay } from '../fitness/pmc.ts';
import type { RecentLoad } from './readiness-score.ts';

/**
 * Form and load ratio on `today` from the loads of every day up to it, for readiness. Fitness and
 * fatigue start from `seed` when given; without one, and with less than about six weeks of
 * history, form is withheld with a note saying why rather than read as fatigue. Null when nothing
 * was logged.
 */
export function recentLoad(
  loads: ReadonlyArray<{ date: string; load: number }>,
  today: string,
  seed: FitnessSeed | null = null,
): RecentLoad | null {
  const logged = loads.filter((l) => l.date <= today);
  const daily = dailyLoads(logged, today);
  if (logged.length === 0 || !daily) return null;
  const pmc = computePmc(daily.startDate, daily.loads, {
    seedCtl: seed?.ctl ?? 0,
    seedAtl: seed?.atl ?? 0,
  });
  const day = pmcDay(pmc, daily.loads.length - 1);
  const meaning = formMeaning(daily.loads.length, seed !== null);
  return {
    tsb: meaning.meaningful ? day.tsb : null,
    acwr: day.acwr,
    ...(meaning.note ? { formNote: meaning.note } : {}),
  };
}
