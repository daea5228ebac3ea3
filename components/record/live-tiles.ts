/**
 * The live numbers of a recording as tiles: the figure the athlete paces by first and biggest
 * (split for rowing, pace for running), then time, distance and the sport's other channels, each
 * with its unit apart so the screen can set it small beside the number.
 */
import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import type { RecordingSport } from '@/lib/devices/recorder/journal-format';
import type { Units } from '@/lib/store/profile-schema';
import { distanceParts, formatDuration, formatWhole, paceParts } from '@/lib/format/units';

export type LiveTile = {
  /** Names the tile for people and for tests (`live-${key}`). */
  key: string;
  label: string;
  value: string;
  unit: string;
  /** A small line under the number: the current lap, the stroke count. */
  detail: string | null;
  main: boolean;
};

const tile = (key: string, label: string, shown: { value: string; unit?: string }): LiveTile => ({
  key,
  label,
  value: shown.value,
  unit: shown.unit ?? '',
  detail: null,
  main: false,
});

export function liveTiles(live: LiveNumbers, sport: RecordingSport, units: Units): LiveTile[] {
  // Counters round down: the screen never shows a second or a metre not yet done.
  const down = { rounding: 'down' } as const;
  const lapDistance = distanceParts(live.lapDistanceM, units, sport, down);
  const pace = paceParts(live.speedMps, units, sport);
  const rowing = sport === 'rowing';
  const tiles: LiveTile[] = [
    { ...tile(rowing ? 'split' : 'pace', rowing ? 'Split' : 'Pace', pace), main: true },
    {
      ...tile('time', 'Time', { value: formatDuration(live.activeS, down) }),
      detail: `Lap ${live.lapNumber}: ${formatDuration(live.lapActiveS, down)}`,
    },
    {
      ...tile('distance', 'Distance', distanceParts(live.distanceM, units, sport, down)),
      detail: `Lap: ${lapDistance.value} ${lapDistance.unit}`,
    },
  ];
  if (rowing) {
    tiles.push(tile('power', 'Power', { value: formatWhole(live.powerW), unit: 'W' }), {
      ...tile('stroke-rate', 'Stroke rate', { value: formatWhole(live.cadence), unit: 'spm' }),
      detail: live.strokeCount === null ? null : `${live.strokeCount} strokes`,
    });
  } else {
    tiles.push(tile('cadence', 'Cadence', { value: formatWhole(live.cadence), unit: 'spm' }));
  }
  tiles.push(
    tile('heart-rate', 'Heart rate', { value: formatWhole(live.heartRateBpm), unit: 'bpm' }),
  );
  return tiles;
}
