import type { ActivityEntry } from '@/lib/store/activities-doc';
import { distanceParts, formatDuration, paceParts } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';

/** The activity's sport, which says how its distance and pace read. */
type Sport = string;

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
  const pace = paceParts(entry.avgSpeedMps, units, sport);
  return (
    <p className="mt-1" data-testid="saved-pace">
      Average {sport === 'rowing' ? 'split' : 'pace'} {pace.value} {pace.unit} over{' '}
      {formatDuration(entry.movingS)} moving.
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
        const distance = distanceParts(lap.distanceM, units, sport);
        const pace = paceParts(lap.movingS > 0 ? lap.distanceM / lap.movingS : null, units, sport);
        return (
          <li key={lap.startTime} data-testid="saved-lap">
            Lap {i + 1}: {formatDuration(lap.movingS)} · {distance.value} {distance.unit} ·{' '}
            {pace.value} {pace.unit}
          </li>
        );
      })}
    </ol>
  );
}
