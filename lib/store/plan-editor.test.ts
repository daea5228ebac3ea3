import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PlanChange } from '@/engine/plan/adapt-plan';
import type { PlannedWorkout } from '@/engine/workout/types';
import { planDocName } from './doc-names';
import { readPlan, writeNewPlan } from './plan-doc';
import { planEditor } from './plan-editor';
import { syncReplicas } from './test-support';
import { withDoc } from './test-support-athlete';

function workout(overrides: Partial<PlannedWorkout> & { date: string }): PlannedWorkout {
  return {
    id: `${overrides.date}-run-${overrides.type ?? 'easy'}`,
    sport: 'run',
    type: 'easy',
    title: 'Easy run · 40 min',
    description: '',
    durationMin: 40,
    steps: [{ kind: 'work', length: { kind: 'time', durationS: 2400 }, targets: [], note: null }],
    plannedLoad: 30,
    key: false,
    locked: false,
    ...overrides,
  };
}

const meta = {
  title: '10 km',
  sport: 'run' as const,
  goal: '10k',
  raceDate: null,
  createdAt: '2027-01-01T08:00:00Z',
};

function newDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeNewPlan(
    doc,
    meta,
    [],
    [
      workout({ date: '2027-01-05' }),
      workout({ date: '2027-01-07', type: 'tempo', key: true }),
      workout({ date: '2027-01-09' }),
    ],
  );
  return doc;
}

const byId = (doc: Y.Doc, id: string) => readPlan(doc).workouts.find((w) => w.id === id)!;

describe('the plan editor: a person’s own changes', () => {
  it('moves a workout and locks it; undo puts day and lock back', () => {
    const doc = newDoc();
    const editor = planEditor(doc);
    const undo = editor.moveWorkout('2027-01-07-run-tempo', '2027-01-08');
    expect(byId(doc, '2027-01-07-run-tempo')).toMatchObject({
      date: '2027-01-08',
      locked: true,
      lockedBy: 'athlete',
    });
    editor.undo(undo);
    expect(byId(doc, '2027-01-07-run-tempo')).toMatchObject({ date: '2027-01-07', locked: false });
  });

  it('unlocks a workout so adaptation may change it again, undoably', () => {
    const doc = newDoc();
    const editor = planEditor(doc);
    editor.editWorkout('2027-01-05-run-easy', { durationMin: 30 });
    const undo = editor.unlockWorkout('2027-01-05-run-easy');
    expect(byId(doc, '2027-01-05-run-easy')).toMatchObject({ locked: false, durationMin: 30 });
    expect(editor.applyAdaptedWorkout(workout({ date: '2027-01-05', durationMin: 25 }))).toBe(
      'applied',
    );
    editor.undo(undo);
    expect(byId(doc, '2027-01-05-run-easy').locked).toBe(true);
  });

  it('marks done with the activity that did it, and undo clears both', () => {
    const doc = newDoc();
    const editor = planEditor(doc);
    editor.setWorkoutNotes('2027-01-05-run-easy', 'windy');
    const undo = editor.setWorkoutStatus('2027-01-05-run-easy', 'done', 'activity-1');
    expect(byId(doc, '2027-01-05-run-easy')).toMatchObject({
      status: 'done',
      activityId: 'activity-1',
    });
    editor.undo(undo);
    expect(byId(doc, '2027-01-05-run-easy')).toMatchObject({
      status: 'planned',
      activityId: null,
      notes: 'windy',
    });
  });
});

describe('accepted adaptations and what the plan keeps', () => {
  it('applies an accepted move in place and lets the easy session it replaces go, undoably', () => {
    const doc = newDoc();
    const editor = planEditor(doc);
    const tempo = byId(doc, '2027-01-07-run-tempo');
    const { status: _s, notes: _n, activityId: _a, lockedBy: _b, ...before } = tempo;
    const change: PlanChange = {
      id: 'move-2027-01-07-run-tempo',
      workoutId: tempo.id,
      kind: 'move',
      before,
      after: { ...before, id: '2027-01-09-run-tempo', date: '2027-01-09' },
      reason: 'missed',
      replaces: '2027-01-09-run-easy',
    };
    const { outcome, undo } = editor.applyChange(change);
    expect(outcome).toBe('applied');
    expect(readPlan(doc).workouts.map((w) => [w.id, w.date])).toEqual([
      ['2027-01-05-run-easy', '2027-01-05'],
      ['2027-01-07-run-tempo', '2027-01-09'],
    ]);
    editor.undo(undo);
    expect(readPlan(doc).workouts.map((w) => [w.id, w.date])).toEqual([
      ['2027-01-05-run-easy', '2027-01-05'],
      ['2027-01-07-run-tempo', '2027-01-07'],
      ['2027-01-09-run-easy', '2027-01-09'],
    ]);
  });

  it('never applies a change to a workout a person set', () => {
    const doc = newDoc();
    const editor = planEditor(doc);
    editor.editWorkout('2027-01-07-run-tempo', { durationMin: 45 });
    const tempo = byId(doc, '2027-01-07-run-tempo');
    const { status: _s, notes: _n, activityId: _a, lockedBy: _b, ...before } = tempo;
    const change: PlanChange = {
      id: 'ease',
      workoutId: tempo.id,
      kind: 'ease',
      before,
      after: { ...before, type: 'easy', durationMin: 30 },
      reason: 'tired',
    };
    expect(editor.applyChange(change).outcome).toBe('locked');
    expect(byId(doc, tempo.id)).toMatchObject({ type: 'tempo', durationMin: 45 });
  });

  it('keeps race results from two devices and a new pace basis with an undo', () => {
    const phone = newDoc();
    const laptop = new Y.Doc();
    syncReplicas(phone, laptop);
    planEditor(phone).addRaceResult({ date: '2027-01-03', distanceM: 5000, timeS: 1380 });
    planEditor(laptop).addRaceResult({ date: '2027-01-04', distanceM: 10000, timeS: 2900 });
    syncReplicas(phone, laptop);
    expect(readPlan(laptop).results.map((r) => r.distanceM)).toEqual([5000, 10000]);
    const undo = planEditor(phone).setPaceBasis({ vdot: 45, split2kS500m: null });
    expect(readPlan(phone).meta.paceBasis.vdot).toBe(45);
    planEditor(phone).undo(undo);
    expect(readPlan(phone).meta.paceBasis.vdot).toBeNull();
  });

  it('reads a plan stored before warnings, assumptions and results existed', () => {
    const doc = new Y.Doc();
    const old = doc.getMap('plan');
    for (const [key, value] of Object.entries(meta)) old.set(key, value);
    expect(readPlan(doc)).toMatchObject({
      meta: { warnings: [], assumptions: [], feasibility: null, paceBasis: { vdot: null } },
      results: [],
    });
  });

  it('keeps a move and its lock on disk (IndexedDB) across a reopen', async () => {
    const name = planDocName(crypto.randomUUID(), crypto.randomUUID());
    await withDoc(name, (doc) =>
      writeNewPlan(doc, meta, [], [workout({ date: '2027-01-07', type: 'tempo' })]),
    );
    await withDoc(name, (doc) => planEditor(doc).moveWorkout('2027-01-07-run-tempo', '2027-01-08'));
    const back = await withDoc(name, readPlan);
    expect(back.workouts[0]).toMatchObject({ date: '2027-01-08', locked: true });
  });
});
