'use client';

import type { CoachedAthlete } from '@/lib/sharing/share-groups';
import { useAthleteVisit, type VisitCallbacks } from '@/lib/sharing/use-athlete-visit';

/** Holds one athlete's documents open while the desk visits them; draws nothing. */
export function AthleteVisit({
  athlete,
  ...callbacks
}: { athlete: CoachedAthlete } & VisitCallbacks) {
  useAthleteVisit(athlete, callbacks);
  return null;
}
