import { boardOrder, tileStatus, type LiveEntry } from '@/lib/live/live-board';
import type { Units } from '@/lib/store/profile-schema';
import { LiveTile } from './live-tile';

/** Every athlete recording now, one tile each; the ones whose link dropped come first. */
export function LiveBoard({
  entries,
  nowMs,
  units,
}: {
  entries: LiveEntry[];
  nowMs: number;
  units: Units;
}) {
  if (entries.length === 0)
    return (
      <p className="text-slate-600 dark:text-slate-300">
        Nobody is recording right now. Athletes appear here as soon as they start.
      </p>
    );
  return (
    <ul
      aria-label="Athletes recording now"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      {boardOrder(entries, nowMs).map((entry) => (
        <LiveTile
          key={entry.athleteId}
          entry={entry}
          status={tileStatus(entry, nowMs)}
          units={units}
        />
      ))}
    </ul>
  );
}
