'use client';

import { useAthleteId } from '@/lib/store/current-athlete';
import { today } from '@/lib/store/device-clock';
import { latestDay } from '@/lib/store/index-queries';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useJournal } from '@/lib/store/use-journal';
import { journalEntries } from '@/lib/worker/engine-inputs';
import { useEngineQuery } from './engine-query';

/**
 * Today's readiness from the journal and recent load, computed in the worker. With neither a
 * journal entry nor a load figure there is nothing to score, so the worker is not started for it
 * (the engine would answer no score and no advice, which is what no answer means to every reader).
 */
export function useReadiness() {
  const athleteId = useAthleteId();
  const { days, fuel, ready, version } = useJournal();
  const day = useIndexQuery(latestDay, null);
  const load = day ? { tsb: day.tsb, acwr: day.acwr } : null;
  const date = today();
  const something = days.size > 0 || fuel.length > 0 || load?.tsb != null || load?.acwr != null;
  const query = useEngineQuery(
    ['readiness', athleteId, version, date, load?.tsb ?? null, load?.acwr ?? null],
    (engine) => engine.readiness(journalEntries([...days.entries()], fuel), date, load),
    ready && something,
  );
  // Settled: the answer is known, or the journal is read and there is nothing to score (no
  // answer, and none coming). Readers that must not act on a half-read day wait for this.
  const settled = ready && (!something || (!query.isPending && !query.isPlaceholderData));
  return { ...query, settled };
}
