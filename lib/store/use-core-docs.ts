'use client';

import { useAthleteId } from './current-athlete';
import { activitiesDocName, journalDocName, planDocName, profileDocName } from './doc-names';
import type { OpenDoc } from './doc-registry';
import { useOpenDoc } from './use-doc';

export function useProfileDoc(): OpenDoc | null {
  const athleteId = useAthleteId();
  return useOpenDoc(athleteId ? profileDocName(athleteId) : null);
}

export function useJournalDoc(): OpenDoc | null {
  const athleteId = useAthleteId();
  return useOpenDoc(athleteId ? journalDocName(athleteId) : null);
}

export function useActivitiesDoc(): OpenDoc | null {
  const athleteId = useAthleteId();
  return useOpenDoc(athleteId ? activitiesDocName(athleteId) : null);
}

export function usePlanDoc(planId: string | null): OpenDoc | null {
  const athleteId = useAthleteId();
  return useOpenDoc(athleteId && planId ? planDocName(athleteId, planId) : null);
}
