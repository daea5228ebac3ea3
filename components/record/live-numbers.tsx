'use client';

import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import type { RecordingSport } from '@/lib/devices/recorder/journal-format';
import { formatClock, formatDistance, formatPace, formatWhole, type Units } from './format-live';

type Tile = { label: string; value: string; unit: string };

function tiles(live: LiveNumbers, sport: RecordingSport, units: Units): Tile[] {
  const pace = formatPace(live.speedMps, sport, units);
  const distance = formatDistance(live.distanceM, sport, units);
  const list: Tile[] = [
    { label: 'Time', value: formatClock(live.activeS), unit: '' },
    { label: 'Distance', value: distance.value, unit: distance.unit },
    { label: sport === 'rowing' ? 'Split' : 'Pace', value: pace.value, unit: pace.unit },
  ];
  if (sport === 'rowing') {
    list.push({ label: 'Power', value: formatWhole(live.powerW), unit: 'W' });
    list.push({ label: 'Stroke rate', value: formatWhole(live.cadence), unit: 'spm' });
  } else {
    list.push({ label: 'Cadence', value: formatWhole(live.cadence), unit: 'spm' });
  }
  list.push({ label: 'Heart rate', value: formatWhole(live.heartRateBpm), unit: 'bpm' });
  return list;
}

/** The big numbers, legible at arm's length on a rower; not announced (that would be a flood). */
export function LiveNumbersPanel({
  live,
  sport,
  units,
}: {
  live: LiveNumbers;
  sport: RecordingSport;
  units: Units;
}) {
  return (
    <section aria-label="Live numbers">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {tiles(live, sport, units).map((tile) => (
          <div
            key={tile.label}
            role="group"
            aria-label={tile.label}
            className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
          >
            <dt className="text-sm text-slate-500 dark:text-slate-400">{tile.label}</dt>
            <dd className="mt-1 font-mono text-4xl font-semibold tabular-nums sm:text-5xl">
              <span data-testid={`live-${tile.label.toLowerCase().replace(/\s/g, '-')}`}>
                {tile.value}
              </span>
              {tile.unit && <span className="ml-1 text-lg font-normal">{tile.unit}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
        Lap {live.lapNumber}: {formatClock(live.lapActiveS)} ·{' '}
        {formatDistance(live.lapDistanceM, sport, units).value}{' '}
        {formatDistance(live.lapDistanceM, sport, units).unit}
        {live.strokeCount !== null && ` · ${live.strokeCount} strokes`}
      </p>
    </section>
  );
}
