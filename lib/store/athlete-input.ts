import type { AthleteInput } from '@/engine/activity/athlete';
import type { Profile } from './profile-schema';

/** The engine's athlete parameters from what the profile says; unset fields take engine defaults. */
export function athleteFromProfile(profile: Profile): AthleteInput {
  const input: AthleteInput = {};
  if (profile.maxHrBpm !== null) input.maxHr = profile.maxHrBpm;
  if (profile.restHrBpm !== null) input.restHr = profile.restHrBpm;
  if (profile.lthrBpm !== null) input.lthr = profile.lthrBpm;
  if (profile.sex !== 'unspecified') input.sex = profile.sex;
  if (profile.thresholdPaceSPerKm !== null) input.thresholdPaceSPerKm = profile.thresholdPaceSPerKm;
  if (profile.best2kS !== null) input.best2kS = profile.best2kS;
  return input;
}
