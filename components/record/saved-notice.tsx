'use client';

import type { SavedRecording } from '@/lib/devices/finish/finish-session';
import { useActivities } from '@/lib/store/use-activities';
import { formatDistance, formatDuration } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';
import { SavedLaps, SavedPace } from './saved-laps';

/**
 * Confirms the save with what the activities list now holds (read back from the store, not from
 * memory) — distance, time, average pace and the laps pressed — mentions any dropped links
 * kindly, and points to where the activity lives.
 */
export function SavedNotice({ saved, units }: { saved: SavedRecording; units: Units }) {
  const { activities } = useActivities();
  const entry = activities.find((a) => a.id === saved.id);
  const sport = entry?.sport ?? '';
  return (
    <div
      role="status"
      className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
    >
      {entry ? (
        <>
          <p className="font-medium" data-testid="saved-summary">
            Saved: {formatDistance(entry.distanceM, units, sport)} in{' '}
            {formatDuration(entry.elapsedS)}. Well done.
          </p>
          <SavedPace entry={entry} sport={sport} units={units} />
          <SavedLaps entry={entry} sport={sport} units={units} />
        </>
      ) : (
        <p className="font-medium">Saving…</p>
      )}
      {saved.gapCount > 0 && (
        <p className="mt-1">
          A link dropped {saved.gapCount === 1 ? 'once' : `${saved.gapCount} times`} (
          {formatDuration(saved.gapS)} in all). Your session carried on through it: what the devices
          counted meanwhile is kept, and readings they could not send are left blank.
        </p>
      )}
      {saved.awayS > 0 && (
        <p className="mt-1">
          Splits was closed for {formatDuration(saved.awayS)} mid-session; that stretch is marked as
          a gap and everything before and after it was kept.
        </p>
      )}
      <p className="mt-1">
        It is in your{' '}
        <a className="underline" href="/activities/">
          activities
        </a>
        .
      </p>
    </div>
  );
}
