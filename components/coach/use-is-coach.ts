'use client';

import { useCoachAccess } from '@/lib/sharing/use-shares';

/** Whether any athlete shares their training with this account (from the last list offline). */
export function useIsCoach(): boolean {
  return useCoachAccess().athletes.length > 0;
}
