import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { readActivityBeats } from '../../store/activity-doc';
import { acquireDoc, releaseDoc } from '../../store/doc-registry';
import { activityDocName } from '../../store/doc-names';
import { saveRecoveredRecording } from './finish-session';
import { summarizeInThisThread } from './summariser';
import type { RecordingEvent } from '../recorder/journal-format';
import { JournalStore } from '../recorder/journal-store';

const athleteId = '9a1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const sessionId = '3c5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d22';
const store = new JournalStore('finish-session-test');
afterAll(() => store.close());

const row = (timeS: number) => ({
  timeS,
  heartRateBpm: 140,
  speedMps: 4,
  powerW: 190 + timeS,
  cadence: 22 + (timeS % 3),
  distanceM: 4 * timeS,
});

const stroke = (atS: number, count: number): RecordingEvent => ({
  type: 'stroke',
  stroke: {
    atS,
    driveLengthM: 1.41 + count / 100,
    driveTimeS: 0.83,
    recoveryTimeS: 1.67,
    strokeDistanceM: 9.73,
    peakDriveForceLbs: 201.3,
    averageDriveForceLbs: 120.7,
    workPerStrokeJ: count === 2 ? NaN : 611.9,
    strokeCount: count,
  },
});

describe('saveRecoveredRecording', () => {
  it('files the journal strokes and RR intervals in the activity document, read back exactly', async () => {
    await store.begin({
      id: sessionId,
      startedAt: '2026-11-21T07:00:00.000Z',
      sport: 'rowing',
      devices: ['PM5 (demo)', 'Strap (demo)'],
      status: 'recording',
      plannedWorkoutId: null,
      updatedAtMs: 0,
    });
    const events: RecordingEvent[] = [
      stroke(2.5, 1),
      { type: 'rr', atS: 2.9, rrIntervalsMs: [843.75, 851.5625] },
      stroke(5.1, 2),
      { type: 'rr', atS: 3.8, rrIntervalsMs: [860.3515625] },
    ];
    await store.append({ sessionId, seq: 0, rows: [0, 1, 2, 3, 4].map(row), events: [] }, 1);
    await store.append({ sessionId, seq: 1, rows: [5, 6, 7].map(row), events }, 2);

    const target = { store, athleteId, athlete: {}, summarise: summarizeInThisThread };
    const outcome = await saveRecoveredRecording(target, sessionId);
    expect(outcome).toMatchObject({ ok: true, saved: { id: sessionId } });
    expect(await store.load(sessionId)).toBeNull();

    // Released above, so this opens the document afresh from IndexedDB.
    const name = activityDocName(athleteId, sessionId);
    const open = acquireDoc(name);
    const beats = readActivityBeats(await open.ready);
    releaseDoc(name);
    expect(Array.from(beats.strokes.atS)).toEqual([2.5, 5.1]);
    expect(Array.from(beats.strokes.driveLengthM)).toEqual([1.42, 1.43]);
    expect(Array.from(beats.strokes.driveTimeS)).toEqual([0.83, 0.83]);
    expect(Array.from(beats.strokes.recoveryTimeS)).toEqual([1.67, 1.67]);
    expect(Array.from(beats.strokes.strokeDistanceM)).toEqual([9.73, 9.73]);
    expect(Array.from(beats.strokes.peakDriveForceLbs)).toEqual([201.3, 201.3]);
    expect(Array.from(beats.strokes.averageDriveForceLbs)).toEqual([120.7, 120.7]);
    expect(Array.from(beats.strokes.workPerStrokeJ)).toEqual([611.9, NaN]);
    // Session distance, stroke power and rate come from the 1 Hz row at the stroke (t = 2 and 5).
    expect(Array.from(beats.strokes.distanceM)).toEqual([8, 20]);
    expect(Array.from(beats.strokes.strokePowerW)).toEqual([192, 195]);
    expect(Array.from(beats.strokes.strokeRateSpm)).toEqual([24, 24]);
    expect(Array.from(beats.rr.atS)).toEqual([2.9, 2.9, 3.8]);
    expect(Array.from(beats.rr.rrMs)).toEqual([843.75, 851.5625, 860.3515625]);
  });

  it('keeps the journal and says why when the settings do not fit together', async () => {
    const id = '7d2f9a10-1b2c-4d3e-8f40-5a6b7c8d9e0f';
    await store.begin({
      id,
      startedAt: '2026-11-22T07:00:00.000Z',
      sport: 'rowing',
      devices: ['PM5 (demo)'],
      status: 'recording',
      plannedWorkoutId: null,
      updatedAtMs: 0,
    });
    await store.append({ sessionId: id, seq: 0, rows: [0, 1, 2, 3, 4].map(row), events: [] }, 1);
    const athlete = { maxHr: 150, restHr: 160 };
    const refused = await saveRecoveredRecording(
      { store, athleteId, athlete, summarise: summarizeInThisThread },
      id,
    );
    expect(refused).toMatchObject({ ok: false, error: { type: 'InvalidAthlete' } });
    expect((await store.load(id))?.rows).toHaveLength(5);
    // Once the settings are fixed, the same journal saves.
    const fixed = await saveRecoveredRecording(
      { store, athleteId, athlete: {}, summarise: summarizeInThisThread },
      id,
    );
    expect(fixed).toMatchObject({ ok: true, saved: { id } });
    expect(await store.load(id)).toBeNull();
  });
});
