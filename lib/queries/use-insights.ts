'use client';

import { useAthleteId } from '@/lib/store/current-athlete';
import { deviceTimeZone } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import { useJournal } from '@/lib/store/use-journal';
import { insightActivities, journalEntries } from '@/lib/worker/engine-inputs';
import { useEngineQuery } from './engine-query';

/** "What's working": relations in the athlete's own journal and sessions, computed in the worker. */
export function useInsights() {
  const athleteId = useAthleteId();
  const journal = useJournal();
  const { activities, ready, version } = useActivities();
  return useEngineQuery(
    ['insights', athleteId, journal.version, version],
    (engine) =>
      engine.insights(
        journalEntries([...journal.days.entries()], journal.fuel),
        insightActivities(activities, deviceTimeZone()),
      ),
    journal.ready && ready,
  );
}
