'use client';

import { useCallback } from 'react';
import { readPlanList, readProfile, setProfileField, type PlanListEntry } from './profile-doc';
import { profileDefaults, type Profile, type ProfileField } from './profile-schema';
import { useProfileDoc } from './use-core-docs';
import { useDocValue } from './use-doc';

const noPlans: PlanListEntry[] = [];

export function useProfile() {
  const open = useProfileDoc();
  const profile = useDocValue(open, readProfile, profileDefaults);
  const setField = useCallback(
    <K extends ProfileField>(field: K, value: Profile[K]) => {
      if (open) setProfileField(open.doc, field, value);
    },
    [open],
  );
  return { profile, ready: open !== null, setField, doc: open };
}

export function usePlanList(): PlanListEntry[] {
  return useDocValue(useProfileDoc(), readPlanList, noPlans);
}
