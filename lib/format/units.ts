import { isRowing } from '@/engine/analysis/sport-family';
import { formatClock } from '@/engine/units/clock';
import { METERS_PER_MILE, paceS500m, paceSPerKm, paceSPerMile } from '@/engine/units/pace';
import type { Units } from '@/lib/store/profile-schema';

const METERS_PER_FOOT = 0.3048;

export function formatDistance(distanceM: number, units: Units): string {
  if (units === 'imperial') return `${(distanceM / METERS_PER_MILE).toFixed(2)} mi`;
  if (distanceM < 1000) return `${Math.round(distanceM)} m`;
  return `${(distanceM / 1000).toFixed(2)} km`;
}

/** Running pace per km or mile; rowing split per 500 m (the same in both unit systems). */
export function formatPace(speedMps: number | null, units: Units, sport: string): string {
  if (speedMps === null) return '—';
  if (isRowing(sport)) {
    const split = paceS500m(speedMps);
    return split === null ? '—' : `${formatClock(split)} /500 m`;
  }
  const pace = units === 'imperial' ? paceSPerMile(speedMps) : paceSPerKm(speedMps);
  if (pace === null) return '—';
  return `${formatClock(pace)} ${units === 'imperial' ? '/mi' : '/km'}`;
}

export function formatElevation(metres: number | null, units: Units): string {
  if (metres === null) return '—';
  return units === 'imperial'
    ? `${Math.round(metres / METERS_PER_FOOT)} ft`
    : `${Math.round(metres)} m`;
}

export function formatHeartRate(bpm: number | null): string {
  return bpm === null ? '—' : `${Math.round(bpm)} bpm`;
}

export function formatPower(watts: number | null): string {
  return watts === null ? '—' : `${Math.round(watts)} W`;
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
