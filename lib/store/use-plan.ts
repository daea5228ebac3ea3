'use client';

import { useMemo } from 'react';
import { planEditor, readPlan, type StoredPlan } from './plan-doc';
import { usePlanDoc } from './use-core-docs';
import { useDocValue } from './use-doc';
import { planMetaDefaults } from './workout-schema';

const emptyPlan: StoredPlan = { meta: planMetaDefaults, weeks: [], workouts: [] };

export function usePlan(planId: string | null) {
  const open = usePlanDoc(planId);
  return {
    plan: useDocValue(open, readPlan, emptyPlan),
    /** Null until the document is open. */
    editor: useMemo(() => (open ? planEditor(open.doc) : null), [open]),
  };
}
