import type { Attribution } from './plan-history-schema';

/**
 * Who someone is to the person reading: the plan's owner is the athlete; anyone else who edits
 * their plan does so through a share, as their coach.
 */
export function relationOf(authorId: string, readerId: string, ownerId: string): string {
  if (authorId === readerId) return 'you';
  return authorId === ownerId ? 'your athlete' : 'your coach';
}

/**
 * The adaptation panel's line for a workout it left alone because a person set it:
 * "kept: your coach set this", "kept: you set this".
 */
export function keptText(lockedBy: Attribution | null, readerId: string, ownerId: string): string {
  if (!lockedBy) return 'kept: you set this';
  return `kept: ${relationOf(lockedBy.authorId, readerId, ownerId)} set this`;
}

/**
 * Who a person is, named from where the reader stands: "you", "your coach" for the athlete
 * reading their coach's edit, the person's own name otherwise (a coach reading their athlete).
 */
export function authorText(
  author: Pick<Attribution, 'authorId' | 'authorName'>,
  readerId: string,
  ownerId: string,
): string {
  if (author.authorId === readerId) return 'you';
  if (readerId === ownerId) return 'your coach';
  return author.authorName || relationOf(author.authorId, readerId, ownerId);
}

/** "Last changed by your coach, Tue 3 Dec, 14:05": the line under a workout's title. */
export function lastEditText(
  lastEdit: Attribution,
  readerId: string,
  ownerId: string,
  formatTime: (iso: string) => string,
): string {
  return `Last changed by ${authorText(lastEdit, readerId, ownerId)}, ${formatTime(lastEdit.at)}`;
}
