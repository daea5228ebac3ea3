'use client';

import { formatStartTime } from '@/lib/format/dates';
import type { CommentNode } from '@/lib/store/comments-doc';
import { Button } from '@/components/ui/button';
import { CommentComposer, type PostComment } from './comment-composer';

type ThreadProps = {
  nodes: CommentNode[];
  readerId: string;
  /** Comments to mark as new: unread when the reader opened the thread. */
  newIds: ReadonlySet<string>;
  replyingTo: string | null;
  onReplyTo: (id: string | null) => void;
  onReply: (parentId: string) => PostComment;
};

/** A thread as nested lists, oldest first, each comment with its author, time and new marker. */
export function CommentThread(props: ThreadProps) {
  if (props.nodes.length === 0) return null;
  return (
    <ol className="flex flex-col gap-3">
      {props.nodes.map((node) => (
        <CommentItem key={node.id} node={node} {...props} />
      ))}
    </ol>
  );
}

function CommentItem({ node, ...props }: ThreadProps & { node: CommentNode }) {
  const { readerId, newIds, replyingTo, onReplyTo, onReply } = props;
  const isNew = newIds.has(node.id);
  const who = node.authorId === readerId ? 'You' : node.authorName || 'Someone';
  return (
    <li data-testid="comment" data-new={isNew ? 'true' : undefined}>
      <article
        aria-label={`${who}${isNew ? ', new' : ''}`}
        className={`rounded-lg border p-3 ${isNew ? 'border-brand bg-brand/5' : 'border-slate-200 dark:border-slate-800'}`}
      >
        <header className="flex items-baseline gap-2 text-sm">
          <span className="font-semibold">{who}</span>
          <time dateTime={node.at} className="text-slate-500 dark:text-slate-400">
            {formatStartTime(node.at)}
          </time>
          {isNew ? <span className="text-xs font-semibold text-brand">New</span> : null}
        </header>
        <p className="mt-1 whitespace-pre-wrap">{node.body}</p>
        {replyingTo === node.id ? (
          <CommentComposer
            label={`Reply to ${who === 'You' ? 'yourself' : who}`}
            onPost={(body) => {
              const result = onReply(node.id)(body);
              if (result.ok) onReplyTo(null);
              return result;
            }}
            onCancel={() => onReplyTo(null)}
          />
        ) : (
          <Button variant="quiet" onClick={() => onReplyTo(node.id)}>
            Reply
          </Button>
        )}
      </article>
      {node.replies.length > 0 ? (
        <div className="mt-2 ml-4 border-l border-slate-200 pl-3 dark:border-slate-800">
          <CommentThread {...props} nodes={node.replies} />
        </div>
      ) : null}
    </li>
  );
}
