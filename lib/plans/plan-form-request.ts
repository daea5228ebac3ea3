import { WEEKDAYS } from '@/engine/plan/calendar-date';
import { heartRateZonesFromReserve } from '@/engine/zones/heart-rate-zones';
import { parseDuration } from '@/lib/format/units';
import type { Profile } from '@/lib/store/profile-schema';

/**
 * The athlete's five heart-rate zones in bpm from their resting and maximum heart rate (Karvonen,
 * as the analysis uses), so plan targets carry numbers; null until both are set.
 */
export function planHeartRateZones(
  profile: Pick<Profile, 'maxHrBpm' | 'restHrBpm'>,
): { minBpm: number; maxBpm: number }[] | null {
  if (profile.maxHrBpm === null || profile.restHrBpm === null) return null;
  if (profile.maxHrBpm <= profile.restHrBpm) return null;
  const starts = heartRateZonesFromReserve(profile.restHrBpm, profile.maxHrBpm).map((z) => z.min);
  return starts.map((min, i) => ({
    minBpm: Math.round(min),
    maxBpm: Math.round(starts[i + 1] ?? profile.maxHrBpm!),
  }));
}

/** A best time from Settings to start the form with: the 2k for rowing, the 5 km for running. */
export function settingsBest(
  profile: Pick<Profile, 'best2kS' | 'best5kS'>,
  sport: 'run' | 'row',
): { distanceM: number; timeS: number } | null {
  if (sport === 'row')
    return profile.best2kS === null ? null : { distanceM: 2000, timeS: profile.best2kS };
  return profile.best5kS === null ? null : { distanceM: 5000, timeS: profile.best5kS };
}

const numberOrNull = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  const n = Number(text);
  return text === '' || !Number.isFinite(n) ? null : n;
};

/**
 * The engine's plan request from the plan form. Missing numbers stay missing (the engine says
 * what it estimated); an empty weekly volume is sent as it is, for the engine to refuse rather
 * than assume nothing is done.
 */
export function planRequestFromForm(
  form: FormData,
  sport: 'run' | 'row',
  today: string,
  heartRateZones: { minBpm: number; maxBpm: number }[] | null,
) {
  const goal = String(form.get('goal'));
  const days = WEEKDAYS.filter((day) => form.get(`day-${day}`) === 'on').map((day) => {
    const max = numberOrNull(form.get(`max-${day}`));
    return { day, maxMin: max !== null && max >= 10 ? max : null };
  });
  const bestTime = parseDuration(String(form.get('bestTime') ?? ''));
  const bestDistance = numberOrNull(form.get('bestDistanceM'));
  const longDay = String(form.get('longDay') ?? '');
  return {
    sport,
    goal,
    raceDate: goal === 'general-fitness' ? null : String(form.get('raceDate') || '') || null,
    startDate: String(form.get('startDate') || today),
    currentWeeklyMin: numberOrNull(form.get('weeklyMin')),
    currentLongMin: numberOrNull(form.get('longMin')),
    days,
    longDay: longDay === '' ? null : longDay,
    experience: String(form.get('experience')),
    best:
      bestTime !== null && bestDistance !== null && bestDistance > 0
        ? { distanceM: bestDistance, timeS: bestTime }
        : null,
    heartRateZones,
  };
}
