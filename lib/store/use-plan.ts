'use client';

import { useEffect, useMemo, useState } from 'react';
import { useAthleteId } from './current-athlete';
import { parseDocName, planDocName } from './doc-names';
import { acquireDoc, releaseDoc, type OpenDoc } from './doc-registry';
import { readPlan, type StoredPlan } from './plan-doc';
import { planEditor, type PlanEditor } from './plan-editor';
import { usePlanDoc } from './use-core-docs';
import { useAttributedPlanEditor } from './use-plan-history';
import { useProfile } from './use-profile';
import { useDocValue } from './use-doc';
import { planMetaDefaults } from './workout-schema';

const emptyPlan: StoredPlan = { meta: planMetaDefaults, weeks: [], workouts: [], results: [] };

/**
 * One of the athlete's own plans. Every edit is recorded with its author (this athlete, by the
 * name in their profile), so a coach sharing the plan sees who changed what.
 */
export function usePlan(planId: string | null) {
  const open = usePlanDoc(planId);
  const athleteId = useAthleteId();
  const { profile } = useProfile();
  const author = athleteId ? { id: athleteId, name: profile.name || 'Athlete' } : null;
  const attributed = useAttributedPlanEditor(open, author, athleteId ?? '');
  return {
    plan: useDocValue(open, readPlan, emptyPlan),
    /** Null until the document is open. */
    editor: attributed,
  };
}

export type OpenPlan = { id: string; plan: StoredPlan; editor: PlanEditor };

/**
 * Several plans at once (Today shows every plan's session; two plans are checked for hard days
 * that collide). Each plan is listed once its document is open, and re-read after each change.
 */
export function usePlans(planIds: readonly string[]): OpenPlan[] {
  const athleteId = useAthleteId();
  const key = athleteId ? planIds.join(',') : '';
  const [opened, setOpened] = useState<OpenDoc[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (key === '' || !athleteId) return;
    const names = key.split(',').map((id) => planDocName(athleteId, id));
    const entries = names.map((name) => acquireDoc(name));
    let active = true;
    const bump = () => setVersion((v) => v + 1);
    const unsubscribes = entries.map((entry) => entry.subscribe(bump));
    void Promise.all(entries.map((e) => e.ready)).then(
      () => {
        if (active) setOpened(entries);
      },
      (error: unknown) => console.error('Could not open the plans', error),
    );
    return () => {
      active = false;
      unsubscribes.forEach((u) => u());
      names.forEach((name) => releaseDoc(name));
      setOpened([]);
    };
  }, [key, athleteId]);
  return useMemo(() => {
    void version;
    return opened.map((open) => ({
      id: parseDocName(open.name)?.id ?? open.name,
      plan: readPlan(open.doc),
      editor: planEditor(open.doc),
    }));
  }, [opened, version]);
}
