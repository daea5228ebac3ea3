'use client';

import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { describedBy } from '@/components/ui/control-frame';
import { MAX_COMMENT_CHARS } from '@/lib/store/comments-schema';
import type { CommentProblem } from '@/lib/store/comments-doc';

export type PostComment = (body: string) => { ok: true } | { ok: false; error: CommentProblem };

function problemText(problem: CommentProblem): string {
  return problem.type === 'InvalidComment'
    ? problem.reason
    : 'The comment you are answering is not here yet; try again in a moment.';
}

/** A labelled box to write a comment or a reply; the text stays if it could not be posted. */
export function CommentComposer({
  label,
  onPost,
  onCancel,
}: {
  label: string;
  onPost: PostComment;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onPost(body);
    if (result.ok) {
      setBody('');
      setError(null);
    } else setError(problemText(result.error));
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        maxLength={MAX_COMMENT_CHARS}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit">Post</Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
