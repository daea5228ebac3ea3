'use client';

import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import {
  addComment,
  markRead,
  readThread,
  unreadByTarget,
  unreadComments,
  unreadFrom,
  type Comment,
  type CommentNode,
  type CommentTarget,
} from './comments-doc';
import { commentsDocName } from './doc-names';
import type { Author } from './plan-history-schema';
import { useDocValue, useOpenDoc } from './use-doc';

const noNodes: CommentNode[] = [];
const noComments: Comment[] = [];
const noCounts = new Map<string, number>();

/**
 * One thread (a workout's or an activity's) in an athlete's comments document, as `reader` sees
 * it: the comments, which of them are unread, and the actions to post, reply and mark read.
 */
export function useCommentThread(athleteId: string | null, target: CommentTarget, reader: Author) {
  const open = useOpenDoc(athleteId ? commentsDocName(athleteId) : null);
  const { kind, id } = target;
  const readThreadOf = useCallback((doc: Y.Doc) => readThread(doc, { kind, id }), [kind, id]);
  const readUnread = useCallback(
    (doc: Y.Doc) => unreadComments(doc, reader.id, { kind, id }),
    [kind, id, reader.id],
  );
  const thread = useDocValue(open, readThreadOf, noNodes);
  const unread = useDocValue(open, readUnread, noComments);
  const { id: readerId, name: readerName } = reader;
  const actions = useMemo(
    () => ({
      post: (body: string, parentId: string | null) =>
        open
          ? addComment(
              open.doc,
              { target: { kind, id }, parentId, body },
              { id: readerId, name: readerName },
            )
          : ({ ok: false, error: { type: 'InvalidComment', reason: 'Still opening…' } } as const),
      markRead: (ids: readonly string[]) => {
        if (open) markRead(open.doc, readerId, ids);
      },
    }),
    [open, kind, id, readerId, readerName],
  );
  return { ready: open !== null, thread, unread, ...actions };
}

/** Unread comment counts per workout or activity (keys from `targetKey`), for badges on a list. */
export function useUnreadCounts(athleteId: string | null, readerId: string): Map<string, number> {
  const open = useOpenDoc(athleteId ? commentsDocName(athleteId) : null);
  const read = useCallback((doc: Y.Doc) => unreadByTarget(doc, readerId), [readerId]);
  return useDocValue(open, read, noCounts);
}

/** How many comments `authorId` wrote in their comments that `readerId` has not read yet. */
export function useUnreadFrom(athleteId: string, readerId: string | null): number {
  const open = useOpenDoc(readerId ? commentsDocName(athleteId) : null);
  const read = useCallback(
    (doc: Y.Doc) => (readerId ? unreadFrom(doc, readerId, athleteId) : 0),
    [athleteId, readerId],
  );
  return useDocValue(open, read, 0);
}
