import type { ActivityEntry } from '@/lib/store/activities-doc';
import { formatClock, formatDistance, formatPace, type Units } from './format-live';

type Sport = 'rowing' | 'running';

/** The saved session's average pace over its moving time, the way the live tiles show pace. */
export function SavedPace({
  entry,
  sport,
  units,
}: {
  entry: ActivityEntry;
  sport: Sport;
  units: Units;
}) {
  const pace = formatPace(entry.avgSpeedMps ?? NaN, sport, units);
  return (
    <p className="mt-1" data-testid="saved-pace">
      Average {sport === 'rowing' ? 'split' : 'pace'} {pace.value} {pace.unit} over{' '}
      {formatClock(entry.movingS)} moving.
    </p>
  );
}

/** The laps the athlete pressed, as saved: time moving, distance and pace of each. */
export function SavedLaps({
  entry,
  sport,
  units,
}: {
  entry: ActivityEntry;
  sport: Sport;
  units: Units;
}) {
  if (entry.laps.length < 2) return null;
  return (
    <ol aria-label="Laps" className="mt-1 tabular-nums">
      {entry.laps.map((lap, i) => {
        const distance = formatDistance(lap.distanceM, sport, units);
        const pace = formatPace(lap.movingS > 0 ? lap.distanceM / lap.movingS : NaN, sport, units);
        return (
          <li key={lap.startTime} data-testid="saved-lap">
            Lap {i + 1}: {formatClock(lap.movingS)} · {distance.value} {distance.unit} ·{' '}
            {pace.value} {pace.unit}
          </li>
        );
      })}
    </ol>
  );
}
