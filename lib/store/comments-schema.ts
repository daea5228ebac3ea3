import { z } from 'zod';

/** What a comment is about: one planned workout or one recorded activity. */
export const commentTargetSchema = z.object({
  kind: z.enum(['workout', 'activity']),
  id: z.string().min(1).max(120),
});
export type CommentTarget = z.infer<typeof commentTargetSchema>;

export const MAX_COMMENT_CHARS = 4000;

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, 'Write something first.')
  .max(MAX_COMMENT_CHARS, `Keep a comment under ${MAX_COMMENT_CHARS} characters.`);

/** One comment as the comments document holds it: written once, never changed. */
export const commentSchema = z.object({
  id: z.string().min(1),
  target: commentTargetSchema,
  /** The comment this one answers; null for the first comment of a thread. */
  parentId: z.string().min(1).nullable(),
  authorId: z.string().min(1),
  authorName: z.string(),
  body: commentBodySchema,
  at: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

export type CommentNode = Comment & { replies: CommentNode[] };

export type CommentProblem =
  { type: 'InvalidComment'; reason: string } | { type: 'UnknownParent'; parentId: string };

export function targetKey(target: CommentTarget): string {
  return `${target.kind}:${target.id}`;
}
