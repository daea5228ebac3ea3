import { addActivitySummary } from './activities-doc';
import { writeActivityStreams, type ActivityBeats } from './activity-doc';
import type { ActivitySummary } from './activity-summary-schema';
import { activitiesDocName, activityDocName } from './doc-names';
import { acquireDoc, releaseDoc } from './doc-registry';
import type { OriginalFile } from './original-file';
import { columnsToStreams, type StreamColumns } from './stream-columns';
import { writesSettled } from './storage-problems';

/**
 * Files a finished activity: the streams become `<a>/activity/<id>` and are committed first, then
 * the summary lands in `<a>/activities`, so a listed activity always has its streams on disk.
 * Resolves once both are committed, so the recorder may drop its journal. Used by import (which
 * also keeps the original file) and recorder.
 */
export async function saveActivity(
  athleteId: string,
  summary: ActivitySummary,
  columns: StreamColumns,
  extras: { beats?: ActivityBeats; original?: OriginalFile | null } = {},
): Promise<'added' | 'exists'> {
  const streams = columnsToStreams(columns);
  if (!streams)
    throw new Error('The recorded streams are incomplete, so the activity was not saved.');
  const streamName = activityDocName(athleteId, summary.id);
  const streamDoc = acquireDoc(streamName);
  const listName = activitiesDocName(athleteId);
  const list = acquireDoc(listName);
  try {
    writeActivityStreams(await streamDoc.ready, streams, extras.beats, extras.original ?? null);
    await writesSettled();
    const outcome = addActivitySummary(await list.ready, summary);
    await writesSettled();
    return outcome;
  } finally {
    releaseDoc(streamName);
    releaseDoc(listName);
  }
}
