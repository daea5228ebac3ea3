import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importOne } from '@/engine/formats/test-support/import-one';
import { syntheticActivity } from '@/engine/formats/test-support/synthetic-activity';
import { writeTcx } from '@/engine/formats/test-support/write-tcx';
import { summarizeActivity } from '@/lib/worker/summarize-activity';
import { activitiesEditor, readActivities, readActivity } from './activities-doc';
import { readActivityStreams } from './activity-doc';
import { finalizeDeletion, finishOldDeletions } from './delete-activity';
import { acquireDoc, releaseDoc } from './doc-registry';
import { activitiesDocName, activityDocName } from './doc-names';
import { streamsToColumns } from './stream-columns';
import { saveActivity } from './save-activity';

const athleteId = '8b1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

async function withDoc<T>(name: string, read: (doc: import('yjs').Doc) => T): Promise<T> {
  const open = acquireDoc(name);
  try {
    return read(await open.ready);
  } finally {
    releaseDoc(name);
  }
}

async function imported(id: string) {
  const run = importOne(writeTcx(syntheticActivity({ durationS: 600 })));
  const result = summarizeActivity(run, id, 'run.tcx', {});
  if (!result.ok) throw new Error(result.error.message);
  await saveActivity(athleteId, result.summary, streamsToColumns(run.streams));
}

describe('deleting an activity', () => {
  it('loses nothing until the deletion is final, then removes the summary and the streams', async () => {
    const id = '2d5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';
    await imported(id);
    const list = activitiesDocName(athleteId);
    await withDoc(list, (doc) => activitiesEditor(doc).softDelete(id, new Date().toISOString()));
    await withDoc(list, (doc) => activitiesEditor(doc).restore(id));
    // Restored before the window closed: making it final does nothing.
    await finalizeDeletion(athleteId, id);
    expect(await withDoc(list, (doc) => readActivity(doc, id)?.id)).toBe(id);
    expect(
      await withDoc(
        activityDocName(athleteId, id),
        (doc) => readActivityStreams(doc)?.timeS.length,
      ),
    ).toBeGreaterThan(0);

    await withDoc(list, (doc) => activitiesEditor(doc).softDelete(id, new Date().toISOString()));
    await finalizeDeletion(athleteId, id);
    expect(await withDoc(list, (doc) => doc.getMap('summaries').has(id))).toBe(false);
    expect(
      await withDoc(activityDocName(athleteId, id), (doc) => readActivityStreams(doc)),
    ).toBeNull();
  });

  it('finishes deletions left over from a closed tab, and only those past the undo window', async () => {
    const old = '3d5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';
    const fresh = '4d5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';
    await imported(old);
    await imported(fresh);
    const list = activitiesDocName(athleteId);
    const now = Date.parse('2026-11-21T08:00:00.000Z');
    await withDoc(list, (doc) => {
      activitiesEditor(doc).softDelete(old, new Date(now - 3_600_000).toISOString());
      activitiesEditor(doc).softDelete(fresh, new Date(now - 2_000).toISOString());
    });
    await finishOldDeletions(athleteId, now);
    await withDoc(list, (doc) => {
      expect(doc.getMap('summaries').has(old)).toBe(false);
      expect(doc.getMap('summaries').has(fresh)).toBe(true);
      expect(readActivities(doc).map((a) => a.id)).not.toContain(fresh);
    });
  });
});
