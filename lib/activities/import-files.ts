'use client';

import { hasActivityAt } from '@/lib/store/activities-doc';
import { activitiesDocName } from '@/lib/store/doc-names';
import { acquireDoc, releaseDoc } from '@/lib/store/doc-registry';
import type { Profile } from '@/lib/store/profile-schema';
import { beatsFromRr } from '@/lib/store/activity-doc';
import { saveActivity } from '@/lib/store/save-activity';
import type { AthleteInput } from '@/engine/activity/athlete';
import { athleteFromProfile } from '@/lib/worker/athlete-from-profile';
import type { ImportedFile } from '@/lib/worker/engine-api';
import { getEngine, transferBytes } from '@/lib/worker/engine-client';
import { duplicateOutcome, failedOutcome, importedOutcome, type FileOutcome } from './file-outcome';

export type { FileOutcome } from './file-outcome';

/** What reads a file into activities: the engine worker in the app, the engine itself in tests. */
export type FileReader = {
  importFile(
    bytes: Uint8Array,
    fileName: string,
    athlete: AthleteInput,
  ): ImportedFile | Promise<ImportedFile>;
};

/**
 * Imports files one after another: reading and analysis happen in the engine worker, so the page
 * stays responsive; each file gets its own outcome and one bad file never stops the rest.
 */
export async function importFiles(
  athleteId: string,
  profile: Profile,
  files: readonly File[],
  onOutcome: (outcome: FileOutcome, done: number) => void,
  engine: FileReader = getEngine(),
): Promise<FileOutcome[]> {
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
      if (!result.ok) return failedOutcome(file.name, result.error);
      // A multisport file holds one activity per leg; each is saved unless already there.
      const fresh = result.activities.filter(
        ({ summary }) => !hasActivityAt(list.doc, summary.startTime, summary.sport),
      );
      if (fresh.length === 0) return duplicateOutcome(file.name);
      for (const [i, { summary, columns, rrIntervalsMs }] of fresh.entries()) {
        await saveActivity(athleteId, summary, columns, {
          beats: beatsFromRr(rrIntervalsMs),
          original: i === 0 ? result.original : null,
        });
      }
      const notes = fresh.flatMap((a) => a.notes);
      return importedOutcome(file.name, fresh[0]!.summary.id, notes);
    } catch (error) {
      // Reading or saving threw (a full disk, a worker that died): this file fails, the rest go on.
      const detail = error instanceof Error ? error.message : String(error);
      return failedOutcome(file.name, { message: `Something went wrong reading it (${detail}).` });
    }
  }
}
