'use client';

import { useMemo } from 'react';
import { readActivities, type ActivityEntry } from '@/lib/store/activities-doc';
import {
  activitiesDocName,
  journalDocName,
  planDocName,
  profileDocName,
} from '@/lib/store/doc-names';
import { readFuelEntries, readJournalDays, type StoredFuelEntry } from '@/lib/store/journal-doc';
import type { JournalDay } from '@/lib/store/journal-schema';
import { readPlan, type StoredPlan } from '@/lib/store/plan-doc';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useAttributedPlanEditor } from '@/lib/store/use-plan-history';
import { useProfile } from '@/lib/store/use-profile';
import { readPlanList, readProfile, type PlanListEntry } from '@/lib/store/profile-doc';
import { profileDefaults } from '@/lib/store/profile-schema';
import { useDocValue, useDocVersion, useOpenDoc } from '@/lib/store/use-doc';
import { planMetaDefaults } from '@/lib/store/workout-schema';
import type { CoachedAthlete } from './share-groups';

const noActivities: ActivityEntry[] = [];
const noDays = new Map<string, JournalDay>();
const noFuel: StoredFuelEntry[] = [];
const noPlans: PlanListEntry[] = [];
const emptyPlan: StoredPlan = { meta: planMetaDefaults, weeks: [], workouts: [], results: [] };

/**
 * A coached athlete's documents, opened only where a share covers them (the relay refuses the
 * rest). They sync like my own and stay on this device for offline use until the share ends.
 */
export function useAthleteDocs(athlete: CoachedAthlete, chosenPlanId: string | null = null) {
  const { athleteId, areas } = athlete;
  const profileDoc = useOpenDoc(areas.includes('profile') ? profileDocName(athleteId) : null);
  const activitiesDoc = useOpenDoc(
    areas.includes('activityList') ? activitiesDocName(athleteId) : null,
  );
  const journalDoc = useOpenDoc(areas.includes('journal') ? journalDocName(athleteId) : null);
  const profile = useDocValue(profileDoc, readProfile, profileDefaults);
  const plans = useDocValue(profileDoc, readPlanList, noPlans);
  const planId = areas.includes('plan') ? (chosenPlanId ?? plans[0]?.id ?? null) : null;
  const planDoc = useOpenDoc(planId ? planDocName(athleteId, planId) : null);
  const plan = useDocValue(planDoc, readPlan, emptyPlan);
  // The coach edits as themself: their own id and the name in their own profile.
  const myId = useAthleteId();
  const myName = useProfile().profile.name;
  const me = useMemo(() => (myId ? { id: myId, name: myName || 'Coach' } : null), [myId, myName]);
  return {
    profile,
    plans,
    planId,
    plan,
    planReady: planDoc !== null,
    /** Only for an editor's share; a viewer gets no editor at all. */
    planEditor: useAttributedPlanEditor(
      athlete.planRole === 'editor' ? planDoc : null,
      me,
      athleteId,
    ),
    activities: useDocValue(activitiesDoc, readActivities, noActivities),
    activitiesVersion: useDocVersion(activitiesDoc),
    days: useDocValue(journalDoc, readJournalDays, noDays),
    fuel: useDocValue(journalDoc, readFuelEntries, noFuel),
    journalVersion: useDocVersion(journalDoc),
    ready: profileDoc !== null,
  };
}

export type AthleteDocs = ReturnType<typeof useAthleteDocs>;
