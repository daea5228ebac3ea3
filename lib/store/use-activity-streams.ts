'use client';

import { useEffect, useState } from 'react';
import type { ActivityStreams } from '@/engine/activity/types';
import { readActivityBeats, readActivityStreams, type ActivityBeats } from './activity-doc';
import { useAthleteId } from './current-athlete';
import { activityDocName } from './doc-names';
import { indexFor } from './index-db';
import { reportStorageProblem } from './storage-problems';
import { columnsToStreams, streamsToColumns } from './stream-columns';
import { useDocValue, useOpenDoc } from './use-doc';

/**
 * An activity's streams, loaded only when asked for: from the decoded cache at once if it has
 * them, and from `<a>/activity/<id>` (which also fills the cache and, when signed in, fetches the
 * streams from the relay if this device has never had them).
 */
export function useActivityStreams(activityId: string | null): ActivityStreams | null {
  const athleteId = useAthleteId();
  const open = useOpenDoc(athleteId && activityId ? activityDocName(athleteId, activityId) : null);
  const fromDoc = useDocValue(open, readActivityStreams, null);
  const [cached, setCached] = useState<{ id: string; streams: ActivityStreams } | null>(null);

  useEffect(() => {
    if (!athleteId || !activityId) return;
    let active = true;
    indexFor(athleteId)
      .streams.get(activityId)
      .then((row) => {
        const streams = row ? columnsToStreams(row.columns) : null;
        if (active && streams) setCached({ id: activityId, streams });
      })
      .catch((error: unknown) => console.error('Reading the stream cache failed', error));
    return () => {
      active = false;
    };
  }, [athleteId, activityId]);

  useEffect(() => {
    if (!athleteId || !activityId || !fromDoc) return;
    indexFor(athleteId)
      .streams.put({ id: activityId, columns: streamsToColumns(fromDoc) })
      .catch((error: unknown) => reportStorageProblem(`stream cache ${activityId}`, error));
  }, [athleteId, activityId, fromDoc]);

  return fromDoc ?? (cached && cached.id === activityId ? cached.streams : null);
}

/**
 * An activity's strokes (rows recorded in the app) and beat-to-beat intervals, read from
 * `<a>/activity/<id>`; null until the document is open.
 */
export function useActivityBeats(activityId: string | null): ActivityBeats | null {
  const athleteId = useAthleteId();
  const open = useOpenDoc(athleteId && activityId ? activityDocName(athleteId, activityId) : null);
  return useDocValue(open, readActivityBeats, null);
}
