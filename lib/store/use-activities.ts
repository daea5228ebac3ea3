'use client';

import { useMemo } from 'react';
import { activitiesEditor, readActivities, type ActivityEntry } from './activities-doc';
import { useActivitiesDoc } from './use-core-docs';
import { useDocValue, useDocVersion } from './use-doc';

const noActivities: ActivityEntry[] = [];

export function useActivities() {
  const open = useActivitiesDoc();
  return {
    activities: useDocValue(open, readActivities, noActivities),
    ready: open !== null,
    version: useDocVersion(open),
    /** Null until the document is open. */
    editor: useMemo(() => (open ? activitiesEditor(open.doc) : null), [open]),
  };
}
