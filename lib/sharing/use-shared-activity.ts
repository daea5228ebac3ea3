'use client';

import { useEffect, useMemo, useState } from 'react';
import { readActivityBeats, readActivityStreams } from '@/lib/store/activity-doc';
import { athleteFromProfile } from '@/lib/store/athlete-input';
import { activitiesDocName, activityDocName, profileDocName } from '@/lib/store/doc-names';
import { readProfile } from '@/lib/store/profile-doc';
import { profileDefaults } from '@/lib/store/profile-schema';
import { activityViewOf } from '@/lib/store/use-activities';
import { useDocValue, useDocVersion, useOpenDoc } from '@/lib/store/use-doc';
import { whenDocSettled } from '@/lib/sync/sync-status';
import type { CoachedAthlete } from './share-groups';

/**
 * One of a coached athlete's activities, read-only, from the documents their share covers: the
 * summary from their activity list, the streams and strokes from the activity's own document
 * (when activity details are shared), and their profile for units, zones and load. `settled`
 * says the list is in step with the relay, so an activity still missing is really not there.
 */
export function useSharedActivity(athlete: CoachedAthlete, activityId: string) {
  const { athleteId, areas } = athlete;
  const listName = areas.includes('activityList') ? activitiesDocName(athleteId) : null;
  const profileDoc = useOpenDoc(areas.includes('profile') ? profileDocName(athleteId) : null);
  const listDoc = useOpenDoc(listName);
  const detailDoc = useOpenDoc(
    areas.includes('activityDetails') ? activityDocName(athleteId, activityId) : null,
  );
  const profile = useDocValue(profileDoc, readProfile, profileDefaults);
  const version = useDocVersion(listDoc);
  const input = useMemo(() => athleteFromProfile(profile), [profile]);
  const view = useMemo(
    () => (listDoc && version >= 0 ? activityViewOf(listDoc.doc, activityId, input) : null),
    [listDoc, version, activityId, input],
  );
  const [settledFor, setSettledFor] = useState<string | null>(null);
  useEffect(() => {
    if (!listName || !listDoc) return;
    let active = true;
    void whenDocSettled(listName).then(() => {
      if (active) setSettledFor(listName);
    });
    return () => {
      active = false;
    };
  }, [listName, listDoc]);
  return {
    view,
    profile,
    input,
    streams: useDocValue(detailDoc, readActivityStreams, null),
    beats: useDocValue(detailDoc, readActivityBeats, null),
    ready: profileDoc !== null && listDoc !== null,
    settled: listName !== null && settledFor === listName,
    sharesList: listName !== null,
  };
}
