import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  activitiesEditor,
  addActivitySummary,
  deletedActivities,
  multisportLegs,
  readActivities,
  readActivity,
  setActivitySubjective,
} from './activities-doc';
import type { ActivitySummary } from './activity-summary-schema';
import { syncReplicas } from './test-support';

function sampleSummary(overrides: Partial<ActivitySummary> = {}): ActivitySummary {
  return {
    id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
    sport: 'running',
    subSport: null,
    startTime: '2026-11-20T07:30:00.000Z',
    source: 'gpx',
    device: null,
    fileName: 'morning.gpx',
    elapsedS: 1830,
    movingS: 1800,
    distanceM: 5012,
    avgHr: 148,
    maxHr: 171,
    avgSpeedMps: 2.78,
    avgPowerW: null,
    avgCadence: 172,
    elevationGainM: 31,
    load: { value: 42, method: 'hrss' },
    trimp: 51,
    efficiencyFactor: 1.13,
    decouplingPct: 3.1,
    laps: [],
    splits: {
      km: [{ index: 1, distanceM: 1000, elapsedS: 361, movingS: 360, avgHr: 141 }],
      mile: [],
      m500: [],
    },
    ...overrides,
  };
}

describe('activities document', () => {
  it('never changes a summary once written', () => {
    const doc = new Y.Doc();
    expect(addActivitySummary(doc, sampleSummary())).toBe('added');
    expect(addActivitySummary(doc, sampleSummary({ distanceM: 9999 }))).toBe('exists');
    expect(readActivities(doc)[0]?.distanceM).toBe(5012);
  });

  it('merges subjective fields per field and keeps them apart from the summary', () => {
    const a = new Y.Doc();
    addActivitySummary(a, sampleSummary());
    const b = new Y.Doc();
    syncReplicas(a, b);
    setActivitySubjective(a, sampleSummary().id, 'rpe', 6);
    setActivitySubjective(b, sampleSummary().id, 'notes', 'Windy on the river path');
    syncReplicas(a, b);
    expect(readActivities(b)[0]).toMatchObject({
      rpe: 6,
      notes: 'Windy on the river path',
      distanceM: 5012,
    });
  });

  it('lists newest first and skips records it cannot read', () => {
    const doc = new Y.Doc();
    addActivitySummary(doc, sampleSummary());
    addActivitySummary(
      doc,
      sampleSummary({
        id: '1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
        startTime: '2026-11-21T07:30:00.000Z',
      }),
    );
    doc.getMap('summaries').set('junk', { sport: 1 });
    expect(readActivities(doc).map((a) => a.startTime)).toEqual([
      '2026-11-21T07:30:00.000Z',
      '2026-11-20T07:30:00.000Z',
    ]);
  });

  it("names an activity by the athlete's title, else the file's own name, and keeps the recorded sport", () => {
    const doc = new Y.Doc();
    const id = sampleSummary().id;
    addActivitySummary(doc, sampleSummary({ name: 'Morning Hill Run' }));
    expect(readActivity(doc, id)).toMatchObject({ title: 'Morning Hill Run', customTitle: null });
    const editor = activitiesEditor(doc);
    editor.setSubjective(id, 'title', 'Hill repeats');
    editor.setSubjective(id, 'sport', 'walking');
    expect(readActivity(doc, id)).toMatchObject({
      title: 'Hill repeats',
      sport: 'walking',
      recordedSport: 'running',
    });
    editor.setSubjective(id, 'title', null);
    expect(readActivity(doc, id)?.title).toBe('Morning Hill Run');
    expect(() => editor.setSubjective(id, 'title', '   ')).toThrow();
  });

  it('hides a deleted activity until it is restored, and removes it only when told to', () => {
    const doc = new Y.Doc();
    const id = sampleSummary().id;
    addActivitySummary(doc, sampleSummary());
    const editor = activitiesEditor(doc);
    editor.setSubjective(id, 'notes', 'Felt good');
    editor.softDelete(id, '2026-11-21T08:00:00.000Z');
    expect(readActivities(doc)).toEqual([]);
    expect(readActivity(doc, id)).toBeNull();
    expect(deletedActivities(doc)).toEqual([{ id, deletedAt: '2026-11-21T08:00:00.000Z' }]);
    editor.restore(id);
    expect(readActivities(doc)[0]?.notes).toBe('Felt good');
    editor.softDelete(id, '2026-11-21T08:01:00.000Z');
    editor.remove(id);
    expect(doc.getMap('summaries').size).toBe(0);
    expect(doc.getMap('subjective').size).toBe(0);
    expect(deletedActivities(doc)).toEqual([]);
  });

  it('gathers the legs of a multisport event in order', () => {
    const doc = new Y.Doc();
    const ids = ['2b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', '3b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'];
    addActivitySummary(
      doc,
      sampleSummary({
        id: ids[1],
        sport: 'running',
        multisport: { groupId: 'g', index: 1, count: 2 },
      }),
    );
    addActivitySummary(
      doc,
      sampleSummary({
        id: ids[0],
        sport: 'cycling',
        multisport: { groupId: 'g', index: 0, count: 2 },
      }),
    );
    addActivitySummary(doc, sampleSummary());
    expect(multisportLegs(doc, 'g').map((l) => l.sport)).toEqual(['cycling', 'running']);
  });
});
