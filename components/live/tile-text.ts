import type { LiveEntry, TileStatus } from '@/lib/live/live-board';
import type { Units } from '@/lib/store/profile-schema';
import {
  distanceParts,
  formatDuration,
  formatWhole,
  paceParts,
  type ValueUnit,
} from '@/lib/format/units';

export type TileFigure = ValueUnit & { key: string; label: string };

/** A tile's figures in the coach's units: split or pace first, then watts, rate, heart rate, distance. */
export function tileFigures(entry: LiveEntry, units: Units): TileFigure[] {
  const s = entry.state;
  const rowing = s.sport === 'rowing';
  const figures: TileFigure[] = [
    {
      key: rowing ? 'split' : 'pace',
      label: rowing ? 'Split' : 'Pace',
      ...paceParts(s.speedMps, units, s.sport),
    },
  ];
  if (rowing)
    figures.push({ key: 'power', label: 'Power', value: formatWhole(s.powerW), unit: 'W' });
  figures.push(
    {
      key: 'rate',
      label: rowing ? 'Stroke rate' : 'Cadence',
      value: formatWhole(s.cadence),
      unit: 'spm',
    },
    { key: 'heart-rate', label: 'Heart rate', value: formatWhole(s.heartRateBpm), unit: 'bpm' },
    {
      key: 'distance',
      label: 'Distance',
      ...distanceParts(s.distanceM, units, s.sport, { rounding: 'down' }),
    },
    {
      key: 'time',
      label: 'Time',
      value: formatDuration(s.activeS, { rounding: 'down' }),
      unit: '',
    },
  );
  return figures;
}

export const statusText: Record<TileStatus, string> = {
  live: 'Live',
  paused: 'Paused',
  'link-lost': 'Link lost',
  finished: 'Finished',
};

/**
 * Heart-rate zone colours, cool to warm; each keeps at least 3:1 contrast on white (WCAG 1.4.11),
 * and the zone is also written out, so colour is never the only signal.
 */
const zoneColors = ['#64748b', '#0369a1', '#047857', '#a16207', '#c2410c', '#b91c1c', '#7f1d1d'];

export function zoneColor(zone: number | null): string | null {
  return zone === null ? null : (zoneColors[Math.min(zone, zoneColors.length) - 1] ?? null);
}
