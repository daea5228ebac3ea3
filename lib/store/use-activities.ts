'use client';

import { readActivities, type ActivityEntry } from './activities-doc';
import { useActivitiesDoc } from './use-core-docs';
import { useDocValue } from './use-doc';

const noActivities: ActivityEntry[] = [];

export function useActivities() {
  const open = useActivitiesDoc();
  return { activities: useDocValue(open, readActivities, noActivities), doc: open };
}
