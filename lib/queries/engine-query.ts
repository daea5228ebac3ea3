'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Remote } from 'comlink';
import type { EngineApi } from '@/lib/worker/engine-api';
import { getEngine } from '@/lib/worker/engine-client';

/**
 * A question for the engine worker, cached under `key`. The key must name every input that can
 * change the answer (document versions, the day, the sport), so a cached answer is always the
 * answer. While a new key is computed the previous answer stays on screen.
 */
export function useEngineQuery<T>(
  key: readonly unknown[],
  ask: (engine: Remote<EngineApi>) => Promise<T>,
  enabled = true,
) {
  return useQuery({
    queryKey: ['engine', ...key],
    queryFn: () => ask(getEngine()),
    enabled,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
