import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PlannedWorkout } from '@/engine/workout/types';
import { applyAdaptedWorkout, readPlan, writeNewPlan } from './plan-doc';
import {
  attributedPlanEditor,
  historyLines,
  readAttribution,
  readHistory,
  type Author,
} from './plan-history';
import { keptText, lastEditText } from './plan-history-text';
import { syncReplicas } from './test-support';

const athlete: Author = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Ada' };
const coach: Author = { id: 'c0000000-0000-4000-8000-000000000002', name: 'Coach Kim' };
const ids = ['2026-12-08-run-easy', '2026-12-10-run-tempo', '2026-12-12-run-long'];

function workout(id: string): PlannedWorkout {
  return {
    id,
    date: id.slice(0, 10),
    sport: 'run',
    type: 'easy',
    title: 'Easy run',
    description: 'Relaxed, conversational.',
    durationMin: 40,
    steps: [{ kind: 'work', length: { kind: 'time', durationS: 2400 }, targets: [], note: null }],
    plannedLoad: 35,
    key: false,
    locked: false,
  };
}

function newPlanDoc(): Y.Doc {
  const doc = new Y.Doc();
  const meta = { title: '10k', sport: 'run' as const, goal: '10k', raceDate: null, createdAt: '' };
  writeNewPlan(doc, meta, [], ids.map(workout));
  return doc;
}

/** A second replica of the same plan, as another device would load it from the relay. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const fixedClock = (iso: string) => () => new Date(iso);
let counter = 0;
const nextId = () => `edit-${++counter}`;

describe('attributed plan edits', () => {
  it('records who changed a workout, when, and what it was before', () => {
    const doc = newPlanDoc();
    const editor = attributedPlanEditor(
      doc,
      coach,
      'coach',
      fixedClock('2026-12-03T14:05:00Z'),
      nextId,
    );
    editor.editWorkout(ids[0]!, { durationMin: 50, title: 'Steady run' });
    const history = readHistory(doc, ids[0]);
    expect(history.map(({ field, from, to }) => ({ field, from, to }))).toEqual([
      { field: 'durationMin', from: 40, to: 50 },
      { field: 'title', from: 'Easy run', to: 'Steady run' },
    ]);
    expect(history.every((e) => e.authorId === coach.id && e.authorName === 'Coach Kim')).toBe(
      true,
    );
    expect(readAttribution(doc, ids[0]!).lastEdit).toEqual({
      authorId: coach.id,
      authorName: 'Coach Kim',
      at: '2026-12-03T14:05:00.000Z',
    });
    expect(readHistory(doc, ids[1])).toEqual([]);
  });

  it('records nothing for an edit that changes nothing', () => {
    const doc = newPlanDoc();
    attributedPlanEditor(doc, athlete, 'athlete').editWorkout(ids[0]!, { durationMin: 40 });
    expect(readHistory(doc)).toEqual([]);
  });

  it("a coach's edit locks the workout against adaptation and says who locked it", () => {
    const doc = newPlanDoc();
    attributedPlanEditor(doc, coach, 'coach').editWorkout(ids[1]!, { durationMin: 30 });
    expect(applyAdaptedWorkout(doc, { ...workout(ids[1]!), durationMin: 60 })).toBe('locked');
    expect(readPlan(doc).workouts.find((w) => w.id === ids[1])).toMatchObject({
      durationMin: 30,
      locked: true,
      lockedBy: 'coach',
    });
    const { lockedBy } = readAttribution(doc, ids[1]!);
    expect(keptText(lockedBy, athlete.id, athlete.id)).toBe('kept: your coach set this');
    expect(keptText(lockedBy, coach.id, athlete.id)).toBe('kept: you set this');
  });

  it('status and notes are attributed but do not lock the workout', () => {
    const doc = newPlanDoc();
    const editor = attributedPlanEditor(doc, athlete, 'athlete');
    editor.setWorkoutStatus(ids[2]!, 'done');
    editor.setWorkoutNotes(ids[2]!, 'Felt strong');
    expect(readHistory(doc, ids[2]).map((e) => [e.field, e.to])).toEqual([
      ['status', 'done'],
      ['notes', 'Felt strong'],
    ]);
    expect(readAttribution(doc, ids[2]!)).toMatchObject({
      lastEdit: { authorId: athlete.id },
      lockedBy: null,
    });
  });

  it('both sides change the same field offline: one value wins everywhere, the other stays in the history', () => {
    const a = newPlanDoc();
    const b = replicaOf(a);
    attributedPlanEditor(
      a,
      athlete,
      'athlete',
      fixedClock('2026-12-03T08:00:00Z'),
      nextId,
    ).editWorkout(ids[0]!, { durationMin: 45 });
    attributedPlanEditor(b, coach, 'coach', fixedClock('2026-12-03T08:01:00Z'), nextId).editWorkout(
      ids[0]!,
      { durationMin: 60 },
    );
    syncReplicas(a, b);
    const kept = readPlan(a).workouts.find((w) => w.id === ids[0])?.durationMin;
    expect(readPlan(b).workouts.find((w) => w.id === ids[0])?.durationMin).toBe(kept);
    const lines = historyLines(a, ids[0]!);
    expect(lines).toEqual(historyLines(b, ids[0]!));
    expect(lines.map((l) => [l.authorName, l.to, l.replaced])).toEqual([
      ['Ada', 45, kept !== 45],
      ['Coach Kim', 60, kept !== 60],
    ]);
    expect(lines.filter((l) => l.replaced)).toHaveLength(1);
  });
});

type Replica = { doc: Y.Doc; author: Author; made: string[] };

/** One random edit through the attributed editor; notes the history ids it added. */
function randomEdit(gen: prng.PRNG, replica: Replica, step: number): void {
  const id = prng.oneOf(gen, ids);
  let n = 0;
  const editor = attributedPlanEditor(
    replica.doc,
    replica.author,
    replica.author.id === athlete.id ? 'athlete' : 'coach',
    fixedClock(new Date(Date.UTC(2026, 11, 3, 0, 0, step)).toISOString()),
    () => `${replica.author.id}:${step}:${n++}`,
  );
  const before = readHistory(replica.doc).length;
  const pick = prng.int32(gen, 0, 3);
  if (pick === 0) editor.editWorkout(id, { durationMin: prng.int32(gen, 20, 90) });
  else if (pick === 1) editor.editWorkout(id, { title: prng.word(gen, 3, 8) });
  else if (pick === 2) editor.setWorkoutStatus(id, prng.oneOf(gen, ['planned', 'done', 'skipped']));
  else editor.setWorkoutNotes(id, prng.word(gen, 1, 12));
  const mine = readHistory(replica.doc).filter((e) =>
    e.id.startsWith(`${replica.author.id}:${step}:`),
  );
  replica.made.push(...mine.map((e) => e.id));
  expect(readHistory(replica.doc).length - before).toBe(n);
}

describe('who changed a workout last, as each reader reads it', () => {
  const stamp = { authorId: coach.id, authorName: 'Coach Kim', at: '2026-12-03T14:05:00Z' };
  const when = (iso: string) => iso.slice(0, 10);

  it('the athlete reads "your coach", the coach reads "you", another coach reads the name', () => {
    expect(lastEditText(stamp, athlete.id, athlete.id, when)).toBe(
      'Last changed by your coach, 2026-12-03',
    );
    expect(lastEditText(stamp, coach.id, athlete.id, when)).toBe('Last changed by you, 2026-12-03');
    expect(lastEditText(stamp, 'another-coach', athlete.id, when)).toBe(
      'Last changed by Coach Kim, 2026-12-03',
    );
    const byAthlete = { ...stamp, authorId: athlete.id, authorName: 'Ada' };
    expect(lastEditText(byAthlete, coach.id, athlete.id, when)).toBe(
      'Last changed by Ada, 2026-12-03',
    );
  });
});

/** Both sides change one field offline; the replicas meet in the order given. */
/** Both sides change one field offline; the merge is read with either side's update first. */
function clash(): Record<'athleteFirst' | 'coachFirst', { kept: unknown; lines: unknown }> {
  const a = newPlanDoc();
  const b = replicaOf(a);
  const clock = fixedClock('2026-12-03T08:00:00Z');
  let n = 0;
  attributedPlanEditor(a, athlete, 'athlete', clock, () => `a${n++}`).editWorkout(ids[0]!, {
    durationMin: 45,
  });
  attributedPlanEditor(b, coach, 'coach', clock, () => `c${n++}`).editWorkout(ids[0]!, {
    durationMin: 60,
  });
  const mergedFrom = (docs: Y.Doc[]) => {
    const merged = new Y.Doc();
    for (const doc of docs) Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
    return {
      kept: readPlan(merged).workouts.find((w) => w.id === ids[0])?.durationMin,
      lines: historyLines(merged, ids[0]!).map((l) => [l.authorName, l.to, l.replaced]),
    };
  };
  return { athleteFirst: mergedFrom([a, b]), coachFirst: mergedFrom([b, a]) };
}

describe('an offline clash on one field', () => {
  it('keeps the same value and the same history whichever side arrives first', () => {
    // Yjs picks the winner by client id, which is random per document: try several pairs.
    for (let pair = 0; pair < 8; pair++) {
      const { athleteFirst, coachFirst } = clash();
      expect(coachFirst).toEqual(athleteFirst);
    }
    const first = clash().athleteFirst;
    expect([45, 60]).toContain(first.kept);
    // The losing value is still there, marked as not kept, with its author.
    expect(first.lines).toContainEqual([
      first.kept === 45 ? 'Coach Kim' : 'Ada',
      first.kept === 45 ? 60 : 45,
      true,
    ]);
  });
});

describe('history under random interleavings (seeded)', () => {
  for (const seed of [1, 7, 42, 1234, 99991]) {
    it(`replicas converge and hold every edit exactly once (seed ${seed})`, () => {
      const gen = prng.create(seed);
      const origin = newPlanDoc();
      const count = prng.int32(gen, 2, 3);
      const replicas: Replica[] = Array.from({ length: count }, (_, i) => ({
        doc: replicaOf(origin),
        author: { id: `author-${i}`, name: `Person ${i}` },
        made: [],
      }));
      for (let step = 0; step < 120; step++) {
        const replica = prng.oneOf(gen, replicas);
        if (prng.bool(gen)) randomEdit(gen, replica, step);
        else syncReplicas(replica.doc, prng.oneOf(gen, replicas).doc);
      }
      for (const a of replicas) for (const b of replicas) syncReplicas(a.doc, b.doc);
      const first = replicas[0]!.doc;
      for (const { doc } of replicas) {
        expect(readPlan(doc)).toEqual(readPlan(first));
        expect(readHistory(doc)).toEqual(readHistory(first));
        // Which value lost is the same on every replica, so every screen shows the same history.
        for (const w of readPlan(first).workouts)
          expect(historyLines(doc, w.id)).toEqual(historyLines(first, w.id));
      }
      const recorded = readHistory(first).map((e) => e.id);
      const made = replicas.flatMap((r) => r.made);
      expect(new Set(recorded).size).toBe(recorded.length);
      expect([...recorded].sort()).toEqual([...made].sort());
      // A field's current value is one of the merged writes, so some edit in the history set it.
      // Notes are text that merges character by character, so they may hold both writes at once.
      for (const w of readPlan(first).workouts) {
        const lines = historyLines(first, w.id).filter((l) => l.field !== 'notes');
        for (const field of new Set(lines.map((l) => l.field)))
          expect(lines.some((l) => l.field === field && !l.replaced)).toBe(true);
      }
    });
  }
});
