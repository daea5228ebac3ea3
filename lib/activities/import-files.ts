'use client';

import { hasActivityAt } from '@/lib/store/activities-doc';
import { activitiesDocName } from '@/lib/store/doc-names';
import { acquireDoc, releaseDoc } from '@/lib/store/doc-registry';
import type { Profile } from '@/lib/store/profile-schema';
import { beatsFromRr } from '@/lib/store/activity-doc';
import { saveActivity } from '@/lib/store/save-activity';
import { athleteFromProfile } from '@/lib/worker/athlete-from-profile';
import { getEngine, transferBytes } from '@/lib/worker/engine-client';

export type FileOutcome =
  | { fileName: string; status: 'imported'; activityId: string }
  | { fileName: string; status: 'duplicate'; message: string }
  | { fileName: string; status: 'failed'; message: string };

/**
 * Imports files one after another: reading and analysis happen in the engine worker, so the page
 * stays responsive; each file gets its own outcome and one bad file never stops the rest.
 */
export async function importFiles(
  athleteId: string,
  profile: Profile,
  files: readonly File[],
  onOutcome: (outcome: FileOutcome, done: number) => void,
): Promise<FileOutcome[]> {
  const engine = getEngine();
  const athlete = athleteFromProfile(profile);
  const listName = activitiesDocName(athleteId);
  const list = acquireDoc(listName);
  const outcomes: FileOutcome[] = [];
  try {
    await list.ready;
    for (const file of files) {
      const outcome = await importOne(file);
      outcomes.push(outcome);
      onOutcome(outcome, outcomes.length);
    }
  } finally {
    releaseDoc(listName);
  }
  return outcomes;

  async function importOne(file: File): Promise<FileOutcome> {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await engine.importFile(transferBytes(bytes), file.name, athlete);
      if (!result.ok)
        return { fileName: file.name, status: 'failed', message: result.error.message };
      // A multisport file holds one activity per leg; each is saved unless already there.
      const fresh = result.activities.filter(
        ({ summary }) => !hasActivityAt(list.doc, summary.startTime, summary.sport),
      );
      if (fresh.length === 0) {
        return {
          fileName: file.name,
          status: 'duplicate',
          message: `"${file.name}" is already in your activities.`,
        };
      }
      for (const { summary, columns, rrIntervalsMs } of fresh)
        await saveActivity(athleteId, summary, columns, beatsFromRr(rrIntervalsMs));
      return { fileName: file.name, status: 'imported', activityId: fresh[0]!.summary.id };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        fileName: file.name,
        status: 'failed',
        message: `"${file.name}" could not be imported (${detail}).`,
      };
    }
  }
}
