'use client';

import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { AthleteInput } from '@/engine/activity/athlete';
import {
  activitiesEditor,
  multisportLegs,
  readActivities,
  readActivity,
  type ActivityEntry,
} from './activities-doc';
import { loadOf, withCurrentLoads, type CurrentLoad } from './activity-load';
import { athleteFromProfile } from './athlete-input';
import { useActivitiesDoc } from './use-core-docs';
import { useDocValue, useDocVersion } from './use-doc';
import { useProfile } from './use-profile';

const noActivities: ActivityEntry[] = [];

/** The athlete's activities, newest first, each with its load for the current settings. */
export function useActivities() {
  const open = useActivitiesDoc();
  const { profile } = useProfile();
  const stored = useDocValue(open, readActivities, noActivities);
  const input = useMemo(() => athleteFromProfile(profile), [profile]);
  return {
    activities: useMemo(() => withCurrentLoads(stored, input), [stored, input]),
    ready: open !== null,
    version: useDocVersion(open),
    /** Null until the document is open. */
    editor: useMemo(() => (open ? activitiesEditor(open.doc) : null), [open]),
  };
}

export type ActivityView = {
  entry: ActivityEntry;
  load: CurrentLoad;
  /** The load its import computed, with the settings of that day. */
  importedLoad: { value: number | null; method: string };
  /** Every leg of its multisport event, itself included; empty for a single-sport activity. */
  legs: ActivityEntry[];
};

/** One activity read alone from an activities document, its load for the athlete's settings. */
export function activityViewOf(doc: Y.Doc, id: string, input: AthleteInput): ActivityView | null {
  const entry = readActivity(doc, id);
  if (!entry) return null;
  const groupId = entry.multisport?.groupId;
  const legs = groupId ? multisportLegs(doc, groupId) : [];
  const load = loadOf(entry, input);
  return {
    entry: { ...entry, load: { value: load.value, method: load.method } },
    load,
    importedLoad: entry.load,
    legs: legs.map((leg) => ({ ...leg, load: loadOf(leg, input) })),
  };
}

/**
 * One activity for its page: read alone (not the whole history), with its load and how it was
 * computed for the athlete's settings now. `entry` is null when it is not here or was deleted.
 */
export function useActivity(id: string | null) {
  const open = useActivitiesDoc();
  const { profile, ready: profileReady } = useProfile();
  const version = useDocVersion(open);
  const input = useMemo(() => athleteFromProfile(profile), [profile]);
  const view = useMemo(
    () => (open && version >= 0 && id !== null ? activityViewOf(open.doc, id, input) : null),
    [open, version, id, input],
  );
  return {
    view,
    ready: open !== null && profileReady,
    profile,
    editor: useMemo(() => (open ? activitiesEditor(open.doc) : null), [open]),
  };
}
