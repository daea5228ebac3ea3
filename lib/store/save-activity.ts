import { addActivitySummary } from './activities-doc';
import { writeActivityStreams } from './activity-doc';
import type { ActivitySummary } from './activity-summary-schema';
import { activitiesDocName, activityDocName } from './doc-names';
import { acquireDoc, releaseDoc } from './doc-registry';
import { columnsToStreams, type StreamColumns } from './stream-columns';

/**
 * Files a finished activity: the streams become `<a>/activity/<id>` first, then the summary lands
 * in `<a>/activities` (so a listed activity always has its streams). Used by import and recorder.
 */
export async function saveActivity(
  athleteId: string,
  summary: ActivitySummary,
  columns: StreamColumns,
): Promise<'added' | 'exists'> {
  const streams = columnsToStreams(columns);
  if (!streams)
    throw new Error('The recorded streams are incomplete, so the activity was not saved.');
  const streamName = activityDocName(athleteId, summary.id);
  const streamDoc = acquireDoc(streamName);
  const listName = activitiesDocName(athleteId);
  const list = acquireDoc(listName);
  try {
    writeActivityStreams(await streamDoc.ready, streams);
    return addActivitySummary(await list.ready, summary);
  } finally {
    releaseDoc(streamName);
    releaseDoc(listName);
  }
}
