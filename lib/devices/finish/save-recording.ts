/**
 * The finish step: a session's streams (with its strokes and RR intervals) become `<a>/activity/<id>` and its summary (plus what the
 * athlete said about it) lands in `<a>/activities`, through the store's documents. Both are
 * loaded from IndexedDB before writing so an existing activity is never overwritten.
 */
import type { Activity } from '../../../engine/activity/types';
import { addActivitySummary, setActivitySubjective } from '../../store/activities-doc';
import type { ActivitySubjective, ActivitySummary } from '../../store/activity-summary-schema';
import { emptyBeats, writeActivityStreams, type ActivityBeats } from '../../store/activity-doc';
import { acquireDoc, releaseDoc } from '../../store/doc-registry';
import { activitiesDocName, activityDocName } from '../../store/doc-names';

export async function saveRecordedActivity(
  athleteId: string,
  summary: ActivitySummary,
  activity: Activity,
  subjective: Partial<ActivitySubjective> = {},
  beats: ActivityBeats = emptyBeats(),
): Promise<void> {
  const streamsName = activityDocName(athleteId, summary.id);
  const listName = activitiesDocName(athleteId);
  const streamsDoc = acquireDoc(streamsName);
  const listDoc = acquireDoc(listName);
  try {
    writeActivityStreams(await streamsDoc.ready, activity.streams, beats);
    const list = await listDoc.ready;
    list.transact(() => {
      addActivitySummary(list, summary);
      for (const [field, value] of Object.entries(subjective) as [
        keyof ActivitySubjective,
        ActivitySubjective[keyof ActivitySubjective],
      ][]) {
        if (value !== undefined) setActivitySubjective(list, summary.id, field, value);
      }
    });
  } finally {
    releaseDoc(streamsName);
    releaseDoc(listName);
  }
}
