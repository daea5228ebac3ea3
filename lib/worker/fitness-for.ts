import { fitnessStartKey, fitnessStartSeed } from '@/lib/queries/fitness-start';
import type { OpenDoc } from '@/lib/store/doc-registry';
import type { FitnessFor } from '@/lib/store/index-sync';
import { readProfile } from '@/lib/store/profile-doc';
import { getEngine } from './engine-client';

/**
 * Fitness, fatigue and form per day, computed in the engine worker, starting from where the
 * athlete's profile says (their own figures, the estimate from their first weeks, or zero); the
 * profile is read at each rebuild, so the series always matches the choice on screen.
 */
export function seededFitnessFor(profile: OpenDoc): FitnessFor {
  return (loads) =>
    getEngine().fitnessSeries(
      loads,
      fitnessStartSeed(
        readProfile(profile.doc),
        loads.map((d) => d.load),
      ),
    );
}

/** Calls `listener` whenever the profile's fitness start changes (here or on another device). */
export function onFitnessStartChange(profile: OpenDoc, listener: () => void): () => void {
  let key = fitnessStartKey(readProfile(profile.doc));
  return profile.subscribe(() => {
    const next = fitnessStartKey(readProfile(profile.doc));
    if (next === key) return;
    key = next;
    listener();
  });
}
