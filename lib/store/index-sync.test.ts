import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importOne } from '@/engine/formats/test-support/import-one';
import { syntheticActivity } from '@/engine/formats/test-support/synthetic-activity';
import { writeTcx } from '@/engine/formats/test-support/write-tcx';
import { fitnessSeries } from '@/lib/worker/fitness-for';
import { summarizeActivity } from '@/lib/worker/summarize-activity';
import { activitiesEditor, addActivitySummary } from './activities-doc';
import { acquireDoc, releaseDoc } from './doc-registry';
import { activitiesDocName, profileDocName } from './doc-names';
import { indexFor } from './index-db';
import { rebuildIndex, type FitnessFor } from './index-sync';
import { setProfileField } from './profile-doc';

const athleteId = '7a1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const runId = '1c5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';

let fitnessCalls = 0;
const fitnessFor: FitnessFor = async (loads) => {
  fitnessCalls += 1;
  return fitnessSeries(loads);
};

async function open() {
  const activities = acquireDoc(activitiesDocName(athleteId));
  const profile = acquireDoc(profileDocName(athleteId));
  await Promise.all([activities.ready, profile.ready]);
  return { activities, profile };
}

afterEach(() => {
  releaseDoc(activitiesDocName(athleteId));
  releaseDoc(profileDocName(athleteId));
});

describe('the derived index', () => {
  it('recomputes loads when thresholds change, the fitness series with them, and skips unchanged rebuilds', async () => {
    const { activities, profile } = await open();
    const run = importOne(
      writeTcx(syntheticActivity({ durationS: 2400, start: new Date('2026-11-20T07:00:00Z') })),
    );
    const result = summarizeActivity(run, runId, 'run.tcx', {});
    if (!result.ok) throw new Error(result.error.message);
    addActivitySummary(activities.doc, result.summary);
    const index = indexFor(athleteId);

    await rebuildIndex(athleteId, activities, profile, fitnessFor);
    const assumed = (await index.activities.get(runId))!.load!;
    const ctlBefore = (await index.days.get('2026-11-20'))!.ctl!;
    expect(assumed).toBeCloseTo(result.summary.load.value!, 9);

    const calls = fitnessCalls;
    await rebuildIndex(athleteId, activities, profile, fitnessFor);
    expect(fitnessCalls).toBe(calls);

    // Threshold pace 4:00/km instead of the assumed 5:00: the same run is (4/5)² of the load.
    setProfileField(profile.doc, 'thresholdPaceSPerKm', 240);
    await rebuildIndex(athleteId, activities, profile, fitnessFor);
    expect((await index.activities.get(runId))!.load).toBeCloseTo(assumed * 0.64, 6);
    expect((await index.days.get('2026-11-20'))!.ctl).toBeCloseTo(ctlBefore * 0.64, 6);
  });

  it('leaves out a deleted activity and lists the title and corrected sport', async () => {
    const { activities, profile } = await open();
    const editor = activitiesEditor(activities.doc);
    editor.setSubjective(runId, 'title', 'Tempo by the river');
    editor.setSubjective(runId, 'sport', 'walking');
    await rebuildIndex(athleteId, activities, profile, fitnessFor);
    const index = indexFor(athleteId);
    expect(await index.activities.get(runId)).toMatchObject({
      title: 'Tempo by the river',
      sport: 'walking',
      loadMethod: 'hrss',
    });
    editor.softDelete(runId, new Date().toISOString());
    await rebuildIndex(athleteId, activities, profile, fitnessFor);
    expect(await index.activities.count()).toBe(0);
  });
});
