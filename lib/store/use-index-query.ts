'use client';

import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState } from 'react';
import { useAthleteId } from './current-athlete';
import { indexFor, type SplitsIndex } from './index-db';

/**
 * A live query on the derived index: re-runs whenever the tables it read change (in this tab or
 * another). `query` must be stable (module-level) for the subscription to stay put.
 */
export function useIndexQuery<T>(query: (index: SplitsIndex) => Promise<T>, empty: T): T {
  const athleteId = useAthleteId();
  const [state, setState] = useState<{ athleteId: string | null; value: T }>({
    athleteId: null,
    value: empty,
  });
  useEffect(() => {
    if (!athleteId) return;
    const subscription = liveQuery(() => query(indexFor(athleteId))).subscribe({
      // A transition: re-rendering a long list yields to input instead of blocking the thread.
      next: (value) => startTransition(() => setState({ athleteId, value })),
      error: (error: unknown) => console.error('Index query failed', error),
    });
    return () => subscription.unsubscribe();
  }, [athleteId, query]);
  return state.athleteId === athleteId ? state.value : empty;
}
