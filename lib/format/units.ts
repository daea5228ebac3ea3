/**
 * The app's numbers as the athlete reads them, in their units: distance, pace, heart rate, power,
 * elevation, sizes. Each comes as a value and its unit (`…Parts`, for screens that set the unit
 * small beside a big number) or as one string. Rowing distances are metres and rowing pace a split
 * per 500 m in either unit system: rowers count metres. A missing reading shows as MISSING.
 */
import { isRowing } from '@/engine/analysis/sport-family';
import { formatClock, type ClockRounding } from '@/engine/units/clock';
import { METERS_PER_MILE, paceS500m, paceSPerKm, paceSPerMile } from '@/engine/units/pace';
import type { Units } from '@/lib/store/profile-schema';

const METERS_PER_FOOT = 0.3048;

/** What is shown where a reading is missing. */
export const MISSING = '—';

/** A number and its unit, apart ("2:05" and "/500 m"). */
export type ValueUnit = { value: string; unit: string };

const joined = ({ value, unit }: ValueUnit): string =>
  value === MISSING || unit === '' ? value : `${value} ${unit}`;

/** A live counter rounds down (it never shows a hundredth not yet covered); a total to the nearest. */
type Rounding = { rounding?: ClockRounding };

/**
 * Whole metres for rowing, counted down like the monitor's own (a metre shows once rowed); km or
 * miles with two decimals for everything else.
 */
export function distanceParts(
  distanceM: number | null,
  units: Units,
  sport = '',
  { rounding = 'nearest' }: Rounding = {},
): ValueUnit {
  const rowing = isRowing(sport);
  const [per, unit] = rowing
    ? [1, 'm']
    : units === 'imperial'
      ? [METERS_PER_MILE, 'mi']
      : [1000, 'km'];
  if (distanceM === null || !Number.isFinite(distanceM) || distanceM < 0) {
    return { value: MISSING, unit };
  }
  if (rowing) return { value: String(Math.floor(distanceM)), unit };
  const scaled = (distanceM / per) * 100;
  const hundredths = rounding === 'down' ? Math.floor(scaled + 1e-9) : Math.round(scaled);
  return { value: (hundredths / 100).toFixed(2), unit };
}

export function formatDistance(distanceM: number, units: Units, sport = ''): string {
  return joined(distanceParts(distanceM, units, sport));
}

/** Slower than this is standing still, not a pace worth showing (a 2:05 split is 4 m/s). */
const MIN_PACE_SPEED_MPS = 0.2;

/** Running pace per km or mile; rowing split per 500 m (the same in both unit systems). */
export function paceParts(speedMps: number | null, units: Units, sport: string): ValueUnit {
  const rowing = isRowing(sport);
  const unit = rowing ? '/500 m' : units === 'imperial' ? '/mi' : '/km';
  const moving = speedMps !== null && speedMps > MIN_PACE_SPEED_MPS;
  const paceS = !moving
    ? null
    : rowing
      ? paceS500m(speedMps)
      : units === 'imperial'
        ? paceSPerMile(speedMps)
        : paceSPerKm(speedMps);
  return { value: paceS === null ? MISSING : formatClock(paceS), unit };
}

export function formatPace(speedMps: number | null, units: Units, sport: string): string {
  return joined(paceParts(speedMps, units, sport));
}

/** A pace target in seconds per km, in the athlete's units ("4:50" per km, "7:47" per mile). */
export function paceSPerKmParts(paceSPerKmValue: number, units: Units): ValueUnit {
  return {
    value: formatClock(paceSPerKmToUnits(paceSPerKmValue, units)),
    unit: units === 'imperial' ? '/mi' : '/km',
  };
}

/** A clock time; a running stopwatch rounds down so it never shows a second not yet passed. */
export function formatDuration(seconds: number | null, { rounding }: Rounding = {}): string {
  return seconds === null || !Number.isFinite(seconds) || seconds < 0
    ? MISSING
    : formatClock(seconds, { rounding });
}

/** A whole number, or MISSING when the channel has no value. */
export function formatWhole(value: number | null): string {
  return value === null || !Number.isFinite(value) ? MISSING : String(Math.round(value));
}

export function formatElevation(metres: number | null, units: Units): string {
  if (metres === null) return MISSING;
  return units === 'imperial'
    ? `${Math.round(metres / METERS_PER_FOOT)} ft`
    : `${Math.round(metres)} m`;
}

export function formatHeartRate(bpm: number | null): string {
  return joined({ value: formatWhole(bpm), unit: 'bpm' });
}

export function formatPower(watts: number | null): string {
  return joined({ value: formatWhole(watts), unit: 'W' });
}

/** Threshold pace entered per km or per mile, stored per km. */
export function paceInputToSPerKm(paceS: number, units: Units): number {
  return units === 'imperial' ? (paceS * 1000) / METERS_PER_MILE : paceS;
}

export function paceSPerKmToUnits(paceSPerKmValue: number, units: Units): number {
  return units === 'imperial' ? (paceSPerKmValue * METERS_PER_MILE) / 1000 : paceSPerKmValue;
}

/** Reads "m:ss" or "h:mm:ss" into seconds; null when it is not a time. */
export function parseDuration(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length < 1 || parts.length > 3) return null;
  if (!parts.every((p) => /^\d+(\.\d+)?$/.test(p))) return null;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
