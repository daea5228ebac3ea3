import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readActivities } from '../../store/activities-doc';
import { readActivityStreams } from '../../store/activity-doc';
import { acquireDoc, releaseDoc } from '../../store/doc-registry';
import { activitiesDocName, activityDocName } from '../../store/doc-names';
import { summarizeActivity } from '../../worker/summarize-activity';
import { recordingToActivity } from './recording-to-activity';
import { saveRecordedActivity } from './save-recording';

const athleteId = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const activityId = '0b5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';

async function readBack<T>(name: string, read: (doc: import('yjs').Doc) => T): Promise<T> {
  const open = acquireDoc(name);
  try {
    return read(await open.ready);
  } finally {
    releaseDoc(name);
  }
}

describe('saveRecordedActivity', () => {
  it('writes the streams document and the summary, and both read back from IndexedDB', async () => {
    const rows = Array.from({ length: 121 }, (_, s) => ({
      timeS: s,
      heartRateBpm: 130 + (s % 7),
      speedMps: 4,
      powerW: 180,
      cadence: 24,
      distanceM: 4 * s,
    }));
    const activity = recordingToActivity(
      {
        meta: {
          id: activityId,
          startedAt: '2026-11-21T07:00:00.000Z',
          sport: 'rowing',
          devices: ['PM5 (demo)'],
          status: 'recording',
          plannedWorkoutId: null,
          updatedAtMs: 0,
        },
        rows,
        events: [],
        chunkCount: 0,
      },
      120,
    );
    const result = summarizeActivity(activity, activityId, null, {});
    if (!result.ok) throw new Error(result.error.message);
    const { summary } = result;
    await saveRecordedActivity(athleteId, summary, activity, { plannedWorkoutId: 'w-1' });

    // Every document was released above: these reads open them afresh from IndexedDB.
    const entry = await readBack(activitiesDocName(athleteId), (doc) =>
      readActivities(doc).find((a) => a.id === activityId),
    );
    expect(entry?.distanceM).toBeCloseTo(480, 0);
    expect(entry?.source).toBe('recorder');
    expect(entry?.plannedWorkoutId).toBe('w-1');
    const streams = await readBack(activityDocName(athleteId, activityId), readActivityStreams);
    expect(Array.from(streams?.timeS ?? [])).toEqual(rows.map((r) => r.timeS));
    expect(streams?.heartRateBpm[3]).toBe(133);
  });
});
