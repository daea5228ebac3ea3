import type { FitnessSeed } from '@/engine/fitness/fitness-seed';
import { computePmc, pmcDays, type PmcDay } from '@/engine/fitness/pmc';
import { fitnessStartSeed } from '@/lib/queries/fitness-start';
import type { OpenDoc } from '@/lib/store/doc-registry';
import type { FitnessFor } from '@/lib/store/index-sync';
import { readProfile } from '@/lib/store/profile-doc';

/**
 * Fitness (CTL), fatigue (ATL), form (TSB) and the load ratio for consecutive days, one load
 * per day starting with the first; fitness and fatigue start from `seed` when given.
 */
export function fitnessSeries(
  days: { date: string; load: number }[],
  seed: FitnessSeed | null = null,
): PmcDay[] {
  const first = days[0];
  if (!first) return [];
  return pmcDays(
    computePmc(
      first.date,
      days.map((d) => d.load),
      { seedCtl: seed?.ctl ?? 0, seedAtl: seed?.atl ?? 0 },
    ),
  );
}

/**
 * The index's fitness series, on the page's own thread: one linear pass over the days (well under
 * a millisecond for ten years), so keeping the index current never boots the engine worker, half
 * a megabyte of script, on a page that needs nothing else from it.
 */
export const fitnessFor: FitnessFor = (loads) => Promise.resolve(fitnessSeries(loads));

/**
 * The same series starting from where the athlete's profile says (their own figures, the estimate
 * from their first weeks, or zero); the profile is read at each rebuild, so the series always
 * matches the choice on screen.
 */
export function seededFitnessFor(profile: OpenDoc): FitnessFor {
  return (loads) =>
    Promise.resolve(
      fitnessSeries(
        loads,
        fitnessStartSeed(
          readProfile(profile.doc),
          loads.map((d) => d.load),
        ),
      ),
    );
}
