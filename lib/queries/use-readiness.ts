'use client';

import { useAthleteId } from '@/lib/store/current-athlete';
import { today } from '@/lib/store/device-clock';
import { latestDay } from '@/lib/store/index-queries';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useJournal } from '@/lib/store/use-journal';
import { journalEntries } from '@/lib/worker/engine-inputs';
import { useEngineQuery } from './engine-query';

/** Today's readiness from the journal and recent load, computed in the worker. */
export function useReadiness() {
  const athleteId = useAthleteId();
  const { days, fuel, ready, version } = useJournal();
  const day = useIndexQuery(latestDay, null);
  const load = day ? { tsb: day.tsb, acwr: day.acwr } : null;
  const date = today();
  return useEngineQuery(
    ['readiness', athleteId, version, date, load?.tsb ?? null, load?.acwr ?? null],
    (engine) => engine.readiness(journalEntries([...days.entries()], fuel), date, load),
    ready,
  );
}
