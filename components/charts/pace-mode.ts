import { isCycling, isRowing, isSwimming } from '@/engine/analysis/sport-family';
import { formatClock } from '@/engine/units/clock';
import { METERS_PER_MILE } from '@/engine/units/pace';
import type { Units } from '@/lib/store/profile-schema';

/**
 * How a sport reads speed: time per distance for runners (per km or mile), rowers (per 500 m in
 * both unit systems) and swimmers (per 100 m), km/h or mph for cyclists.
 */
export type PaceMode =
  { kind: 'pace'; metres: number; unit: string } | { kind: 'speed'; mpsTo: number; unit: string };

export function paceMode(sport: string, units: Units): PaceMode {
  if (isRowing(sport)) return { kind: 'pace', metres: 500, unit: '/500 m' };
  if (isSwimming(sport)) return { kind: 'pace', metres: 100, unit: '/100 m' };
  if (isCycling(sport))
    return units === 'imperial'
      ? { kind: 'speed', mpsTo: 3600 / METERS_PER_MILE, unit: 'mph' }
      : { kind: 'speed', mpsTo: 3.6, unit: 'km/h' };
  return units === 'imperial'
    ? { kind: 'pace', metres: METERS_PER_MILE, unit: '/mi' }
    : { kind: 'pace', metres: 1000, unit: '/km' };
}

/** Below this a sample is standing still: no pace (the line breaks). */
const STILL_MPS = 0.5;

/** Pace in seconds per unit (or speed in km/h, mph) for a speed; NaN when standing. */
export function paceValue(mode: PaceMode, speedMps: number): number {
  if (!(speedMps >= STILL_MPS)) return NaN;
  return mode.kind === 'pace' ? mode.metres / speedMps : speedMps * mode.mpsTo;
}

/** "4:41 /km", "1:52 /500 m", "31.2 km/h"; "—" without a value. */
export function formatPaceValue(mode: PaceMode, value: number | null, withUnit = true): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = mode.kind === 'pace' ? formatClock(value) : value.toFixed(1);
  return withUnit ? `${text} ${mode.unit}` : text;
}

export function formatSpeed(mode: PaceMode, speedMps: number | null): string {
  return formatPaceValue(mode, speedMps === null ? null : paceValue(mode, speedMps));
}
