/** Live numbers as the athlete reads them: clock times, pace per 500 m, km or mile, distances. */
import { paceS500m, paceSPerKm, paceSPerMile, METERS_PER_MILE } from '../../engine/units/pace';

export type Units = 'metric' | 'imperial';

/** "4:05" under an hour, "1:02:09" from an hour on; "–" when unknown. */
export function formatClock(totalS: number): string {
  if (!Number.isFinite(totalS) || totalS < 0) return '–';
  const whole = Math.floor(totalS);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Pace for the sport: rowing splits per 500 m, running per km or per mile. */
export function formatPace(
  speedMps: number,
  sport: 'rowing' | 'running',
  units: Units,
): { value: string; unit: string } {
  const unit = sport === 'rowing' ? '/500 m' : units === 'imperial' ? '/mi' : '/km';
  if (!(speedMps > 0.2)) return { value: '–', unit };
  const paceS =
    sport === 'rowing'
      ? paceS500m(speedMps)
      : units === 'imperial'
        ? paceSPerMile(speedMps)
        : paceSPerKm(speedMps);
  return { value: paceS === null ? '–' : formatClock(Math.round(paceS)), unit };
}

/** Metres under 10 km when rowing (rowers count metres); km or miles with two decimals otherwise. */
export function formatDistance(
  distanceM: number,
  sport: 'rowing' | 'running',
  units: Units,
): { value: string; unit: string } {
  if (units === 'imperial') {
    const miles = Number.isFinite(distanceM) ? distanceM / METERS_PER_MILE : NaN;
    return { value: Number.isFinite(miles) ? miles.toFixed(2) : '–', unit: 'mi' };
  }
  if (sport === 'rowing' && distanceM < 10_000) {
    return { value: Number.isFinite(distanceM) ? String(Math.floor(distanceM)) : '–', unit: 'm' };
  }
  return { value: Number.isFinite(distanceM) ? (distanceM / 1000).toFixed(2) : '–', unit: 'km' };
}

/** A whole number, or a dash when the channel has no value. */
export function formatWhole(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value)) : '–';
}
