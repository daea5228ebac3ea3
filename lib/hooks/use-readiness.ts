'use client';

import { useEffect, useState } from 'react';
import type { Readiness } from '@/engine/readiness/readiness-score';
import { latestDay } from '@/lib/store/index-queries';
import { today } from '@/lib/store/device-clock';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useJournal } from '@/lib/store/use-journal';
import { getEngine } from '@/lib/worker/engine-client';
import { journalEntries } from '@/lib/worker/engine-inputs';

/** Today's readiness from the journal and recent load, computed in the worker; null until ready. */
export function useReadiness(): Readiness | null {
  const { days, fuel, ready } = useJournal();
  const day = useIndexQuery(latestDay, null);
  const [result, setResult] = useState<Readiness | null>(null);
  useEffect(() => {
    if (!ready) return;
    let active = true;
    const load = day ? { tsb: day.tsb, acwr: day.acwr } : null;
    getEngine()
      .readiness(journalEntries([...days.entries()], fuel), today(), load)
      .then(
        (value) => active && setResult(value),
        (error: unknown) => console.error('Readiness could not be computed', error),
      );
    return () => {
      active = false;
    };
  }, [days, fuel, ready, day]);
  return result;
}
