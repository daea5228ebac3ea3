'use client';

import { useEffect, useId, useState } from 'react';
import { PresenceAvatars } from '@/components/presence/presence-avatars';
import { usePresence } from '@/lib/presence/use-presence';
import { commentsDocName } from '@/lib/store/doc-names';
import type { CommentTarget } from '@/lib/store/comments-doc';
import type { Author } from '@/lib/store/plan-history-schema';
import { useCommentThread } from '@/lib/store/use-comments';
import { CommentComposer } from './comment-composer';
import { CommentThread } from './comment-thread';
import { UnreadBadge } from './unread-badge';

/**
 * Comments on one workout or activity. What was unread when the reader looked stays marked
 * "New" while the panel is open, and is recorded as read for the other side at once.
 */
export function CommentsPanel({
  athleteId,
  target,
  reader,
  title = 'Comments',
}: {
  athleteId: string;
  target: CommentTarget;
  reader: Author;
  title?: string;
}) {
  const { ready, thread, unread, post, markRead } = useCommentThread(athleteId, target, reader);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const titleId = useId();
  // Who else has these comments open now (on the relay; nobody while offline).
  const here = usePresence(commentsDocName(athleteId), reader, null);

  const arrived = unread.filter((c) => !newIds.has(c.id));
  if (arrived.length > 0) setNewIds(new Set([...newIds, ...arrived.map((c) => c.id)]));
  useEffect(() => {
    if (unread.length > 0) markRead(unread.map((c) => c.id));
  }, [unread, markRead]);

  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={titleId} className="flex items-center gap-2 text-base font-semibold">
          {title} <UnreadBadge count={newIds.size} />
        </h3>
        <PresenceAvatars peers={here} label="Here now" />
      </div>
      {ready && thread.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No comments yet.</p>
      ) : null}
      <CommentThread
        nodes={thread}
        readerId={reader.id}
        newIds={newIds}
        replyingTo={replyingTo}
        onReplyTo={setReplyingTo}
        onReply={(parentId) => (body) => post(body, parentId)}
      />
      <CommentComposer label="Add a comment" onPost={(body) => post(body, null)} />
    </section>
  );
}
