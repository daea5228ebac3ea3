import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  markRead,
  readAllComments,
  readThread,
  unreadByTarget,
  unreadComments,
  unreadFrom,
  type CommentTarget,
} from './comments-doc';
import { commentsDocName, parseDocName } from './doc-names';
import { latestVersion, runMigrations } from './migrations/run-migrations';
import type { Author } from './plan-history-schema';
import { syncReplicas } from './test-support';

const athlete: Author = { id: 'athlete-1', name: 'Ada' };
const coach: Author = { id: 'coach-1', name: 'Coach Kim' };
const tuesday: CommentTarget = { kind: 'workout', id: '2026-12-08-run-easy' };
const morningRow: CommentTarget = { kind: 'activity', id: '6a1f0e52-9a3b-4c1d-8e2f-3a4b5c6d7e8f' };

let n = 0;
const ids = () => `c-${String(++n).padStart(4, '0')}`;
const at = (minute: number) => () => new Date(Date.UTC(2026, 11, 3, 9, minute));

function post(
  doc: Y.Doc,
  author: Author,
  target: CommentTarget,
  body: string,
  parentId = null as string | null,
  minute = 0,
) {
  const result = addComment(doc, { target, parentId, body }, author, at(minute), ids);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.comment;
}

describe('the comments document', () => {
  it('is named per athlete and opens at the current schema version', () => {
    const athleteId = '3f1c2b9e-4d5a-4c6b-8e7f-0a1b2c3d4e5f';
    expect(parseDocName(commentsDocName(athleteId))).toEqual({
      athleteId,
      kind: 'comments',
      id: null,
    });
    const doc = new Y.Doc();
    expect(runMigrations(doc, 'comments')).toEqual({ applied: [], newerThanApp: false });
    doc.getMap('meta').set('schemaVersion', latestVersion('comments') + 1);
    const before = Y.encodeStateVector(doc);
    expect(runMigrations(doc, 'comments').newerThanApp).toBe(true);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('threads replies under the comment they answer, per workout and per activity', () => {
    const doc = new Y.Doc();
    const question = post(doc, athlete, tuesday, 'Legs heavy, keep it easy?', null, 1);
    post(doc, coach, tuesday, 'Yes, easy is right.', question.id, 2);
    post(doc, coach, morningRow, 'Nice even splits.', null, 3);
    const thread = readThread(doc, tuesday);
    expect(thread.map((c) => [c.authorName, c.body, c.replies.map((r) => r.body)])).toEqual([
      ['Ada', 'Legs heavy, keep it easy?', ['Yes, easy is right.']],
    ]);
    expect(readThread(doc, morningRow).map((c) => c.body)).toEqual(['Nice even splits.']);
  });

  it('refuses an empty comment and a reply to a comment on something else', () => {
    const doc = new Y.Doc();
    const other = post(doc, coach, morningRow, 'Good row');
    expect(
      addComment(doc, { target: tuesday, parentId: null, body: '   ' }, athlete),
    ).toMatchObject({
      ok: false,
      error: { type: 'InvalidComment' },
    });
    expect(addComment(doc, { target: tuesday, parentId: other.id, body: 'hi' }, athlete)).toEqual({
      ok: false,
      error: { type: 'UnknownParent', parentId: other.id },
    });
    expect(readAllComments(doc)).toHaveLength(1);
  });

  it("keeps unread markers per reader: one's own comments are read, the other side's are not until seen", () => {
    const athleteDevice = new Y.Doc();
    const coachDevice = new Y.Doc();
    const note = post(coachDevice, coach, tuesday, 'Try 4 × 4 min instead.');
    syncReplicas(athleteDevice, coachDevice);
    expect(unreadComments(coachDevice, coach.id)).toEqual([]);
    expect(unreadComments(athleteDevice, athlete.id).map((c) => c.id)).toEqual([note.id]);
    expect(unreadByTarget(athleteDevice, athlete.id)).toEqual(
      new Map([['workout:2026-12-08-run-easy', 1]]),
    );
    markRead(athleteDevice, athlete.id, [note.id]);
    syncReplicas(athleteDevice, coachDevice);
    expect(unreadComments(athleteDevice, athlete.id, tuesday)).toEqual([]);
    expect(unreadComments(coachDevice, athlete.id)).toEqual([]);
  });

  it('a reply whose parent has not arrived yet still shows', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const first = post(a, coach, tuesday, 'First');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    post(b, athlete, tuesday, 'Reply', first.id);
    const lone = new Y.Doc();
    const onlyReply = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(lone, onlyReply);
    expect(readThread(lone, tuesday).map((c) => c.body)).toEqual(['Reply']);
  });
});

describe("a coach's new comments from one athlete", () => {
  it('counts only what that athlete wrote and this reader has not read', () => {
    const doc = new Y.Doc();
    const other: Author = { id: 'coach-2', name: 'Lee' };
    const first = post(doc, athlete, tuesday, 'How hard is this one?');
    post(doc, athlete, morningRow, 'Legs felt heavy.', null, 1);
    post(doc, coach, tuesday, 'Mine', null, 2);
    post(doc, other, tuesday, 'Another coach', null, 3);
    expect(unreadFrom(doc, coach.id, athlete.id)).toBe(2);
    markRead(doc, coach.id, [first.id]);
    expect(unreadFrom(doc, coach.id, athlete.id)).toBe(1);
    expect(unreadFrom(doc, athlete.id, athlete.id)).toBe(0);
  });
});

describe('comments under random interleavings (seeded)', () => {
  const targets: CommentTarget[] = [tuesday, morningRow, { kind: 'workout', id: 'w-2' }];
  for (const seed of [3, 17, 256, 4096, 65537]) {
    it(`replicas converge; every comment and read mark survives exactly once (seed ${seed})`, () => {
      const gen = prng.create(seed);
      const people = [athlete, coach, { id: 'athlete-1', name: 'Ada (phone)' }];
      const replicas = people.map((author) => ({
        doc: new Y.Doc(),
        author,
        posted: [] as string[],
      }));
      const marks: Array<{ reader: string; id: string }> = [];
      for (let step = 0; step < 150; step++) {
        const replica = prng.oneOf(gen, replicas);
        const pick = prng.int32(gen, 0, 3);
        const target = prng.oneOf(gen, targets);
        if (pick === 0) {
          const known = readThread(replica.doc, target);
          const parentId = known.length > 0 && prng.bool(gen) ? prng.oneOf(gen, known).id : null;
          const body = prng.word(gen, 1, 20);
          replica.posted.push(
            post(replica.doc, replica.author, target, body, parentId, step % 60).id,
          );
        } else if (pick === 1) {
          const unread = unreadComments(replica.doc, replica.author.id);
          const seen = unread.filter(() => prng.bool(gen)).map((c) => c.id);
          markRead(replica.doc, replica.author.id, seen);
          marks.push(...seen.map((id) => ({ reader: replica.author.id, id })));
        } else {
          syncReplicas(replica.doc, prng.oneOf(gen, replicas).doc);
        }
      }
      for (const a of replicas) for (const b of replicas) syncReplicas(a.doc, b.doc);
      const first = replicas[0]!.doc;
      const all = readAllComments(first);
      expect(all.map((c) => c.id).sort()).toEqual(replicas.flatMap((r) => r.posted).sort());
      for (const { doc } of replicas) {
        expect(readAllComments(doc)).toEqual(all);
        for (const target of targets)
          expect(readThread(doc, target)).toEqual(readThread(first, target));
        for (const person of people)
          expect(unreadComments(doc, person.id)).toEqual(unreadComments(first, person.id));
      }
      const countNodes = (nodes: ReturnType<typeof readThread>): number =>
        nodes.reduce((sum, node) => sum + 1 + countNodes(node.replies), 0);
      expect(targets.reduce((sum, t) => sum + countNodes(readThread(first, t)), 0)).toBe(
        all.length,
      );
      const unreadIds = new Set(
        people.flatMap((p) => unreadComments(first, p.id).map((c) => `${p.id}|${c.id}`)),
      );
      for (const mark of marks) expect(unreadIds.has(`${mark.reader}|${mark.id}`)).toBe(false);
    });
  }
});
