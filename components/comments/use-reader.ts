'use client';

import { useMemo } from 'react';
import { useAthleteId } from '@/lib/store/current-athlete';
import type { Author } from '@/lib/store/plan-history-schema';
import { useProfile } from '@/lib/store/use-profile';
import { useSession } from '@/lib/sync/session';

/** The person reading and writing on this device: their athlete id and the name others see. */
export function useReader(): Author | null {
  const session = useSession();
  const localId = useAthleteId();
  const { profile } = useProfile();
  const id = session?.athleteId ?? localId;
  const name = profile.name || session?.email || 'Me';
  return useMemo(() => (id ? { id, name } : null), [id, name]);
}
