import type * as Y from 'yjs';
import {
  commentBodySchema,
  commentSchema,
  commentTargetSchema,
  targetKey,
  type Comment,
  type CommentNode,
  type CommentProblem,
  type CommentTarget,
} from './comments-schema';
import type { Author } from './plan-history-schema';

export type { Comment, CommentNode, CommentProblem, CommentTarget };

/** Comments keyed by id; each is a plain value written once, so replicas never conflict on one. */
const COMMENTS = 'comments';
/**
 * Read marks keyed `<readerId>|<commentId>`: each reader's own position in every thread. Marks
 * only ever get added, so two devices of one reader merge to the union of what they saw.
 */
const READ = 'read';

export type NewComment = { target: CommentTarget; parentId: string | null; body: string };

function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(COMMENTS);
}

function readComment(raw: unknown): Comment | null {
  const parsed = commentSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Adds a comment (or a reply) with its author; a typed problem when it cannot be added. */
export function addComment(
  doc: Y.Doc,
  input: NewComment,
  author: Author,
  clock: () => Date = () => new Date(),
  makeId: () => string = () => crypto.randomUUID(),
): { ok: true; comment: Comment } | { ok: false; error: CommentProblem } {
  const body = commentBodySchema.safeParse(input.body);
  if (!body.success)
    return { ok: false, error: { type: 'InvalidComment', reason: body.error.issues[0]!.message } };
  const target = commentTargetSchema.parse(input.target);
  if (input.parentId !== null) {
    const parent = readComment(commentsMap(doc).get(input.parentId));
    if (!parent || targetKey(parent.target) !== targetKey(target))
      return { ok: false, error: { type: 'UnknownParent', parentId: input.parentId } };
  }
  const comment: Comment = {
    id: makeId(),
    target,
    parentId: input.parentId,
    authorId: author.id,
    authorName: author.name,
    body: body.data,
    at: clock().toISOString(),
  };
  doc.transact(() => {
    commentsMap(doc).set(comment.id, comment);
    // Writing a comment means having read it.
    doc.getMap(READ).set(`${author.id}|${comment.id}`, true);
  });
  return { ok: true, comment };
}

const byTime = (a: Comment, b: Comment) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** Every comment in the document, oldest first (for the archive). */
export function readAllComments(doc: Y.Doc): Comment[] {
  const found: Comment[] = [];
  for (const raw of commentsMap(doc).values()) {
    const comment = readComment(raw);
    if (comment) found.push(comment);
  }
  return found.sort(byTime);
}

/** Every comment on one workout or activity, oldest first. */
export function readComments(doc: Y.Doc, target: CommentTarget): Comment[] {
  const key = targetKey(target);
  return readAllComments(doc).filter((c) => targetKey(c.target) === key);
}

/**
 * The thread as a tree, oldest first at every level. A reply whose parent has not arrived yet
 * (another device's comment still on its way) shows at the top level rather than not at all.
 */
export function readThread(doc: Y.Doc, target: CommentTarget): CommentNode[] {
  const comments = readComments(doc, target);
  const nodes = new Map(comments.map((c) => [c.id, { ...c, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

/** Marks comments as read by this reader. */
export function markRead(doc: Y.Doc, readerId: string, commentIds: readonly string[]): void {
  const read = doc.getMap(READ);
  const fresh = commentIds.filter((id) => read.get(`${readerId}|${id}`) !== true);
  if (fresh.length === 0) return;
  doc.transact(() => {
    for (const id of fresh) read.set(`${readerId}|${id}`, true);
  });
}

/** Comments others wrote that this reader has not read yet, oldest first. */
export function unreadComments(doc: Y.Doc, readerId: string, target?: CommentTarget): Comment[] {
  const read = doc.getMap(READ);
  const key = target ? targetKey(target) : null;
  const unread: Comment[] = [];
  for (const raw of commentsMap(doc).values()) {
    const comment = readComment(raw);
    if (!comment || comment.authorId === readerId) continue;
    if (key !== null && targetKey(comment.target) !== key) continue;
    if (read.get(`${readerId}|${comment.id}`) !== true) unread.push(comment);
  }
  return unread.sort(byTime);
}

/** How many unread comments each workout or activity has for this reader (keyed by targetKey). */
export function unreadByTarget(doc: Y.Doc, readerId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of unreadComments(doc, readerId)) {
    const key = targetKey(comment.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** How many comments `authorId` wrote that `readerId` has not read yet (a coach's desk flag). */
export function unreadFrom(doc: Y.Doc, readerId: string, authorId: string): number {
  return unreadComments(doc, readerId).filter((c) => c.authorId === authorId).length;
}
