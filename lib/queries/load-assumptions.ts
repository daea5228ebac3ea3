import { resolveAthlete } from '@/engine/activity/athlete';
import { trainingSport } from '@/engine/activity/sport';
import type { Assumption } from '@/engine/fitness/assumption';
import { loadAssumptions, type LoadUse } from '@/engine/fitness/load-assumptions';
import type { LoadMethod } from '@/engine/load/choose-load';
import type { Profile } from '@/lib/store/profile-schema';
import { athleteFromProfile } from '@/lib/worker/athlete-from-profile';

const METHODS: readonly string[] = ['power-tss', 'running-tss', 'swim-tss', 'hrss', 'none'];

export type LoadAssumptionsResult =
  { ok: true; assumptions: Assumption[] } | { ok: false; type: 'SettingsConflict'; reason: string };

/**
 * The defaults the athlete's loads lean on (engine `loadAssumptions`), from the settings in their
 * profile and the ways their sessions were scored. Settings that contradict each other (a resting
 * heart rate above the maximum) are a typed result the page can point at.
 */
export function loadAssumptionsFor(
  profile: Profile,
  sessions: readonly { sport: string; loadMethod: string }[],
): LoadAssumptionsResult {
  const input = athleteFromProfile(profile);
  const uses = new Map<string, LoadUse>();
  for (const s of sessions) {
    if (!METHODS.includes(s.loadMethod)) continue;
    const use = { method: s.loadMethod as LoadMethod, sport: trainingSport(s.sport) };
    uses.set(`${use.method}|${use.sport}`, use);
  }
  let athlete;
  try {
    athlete = resolveAthlete(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, type: 'SettingsConflict', reason };
  }
  return {
    ok: true,
    assumptions: loadAssumptions(athlete, new Set(Object.keys(input)), [...uses.values()]),
  };
}
