/**
 * A comment the athlete wrote and the coach has not read weighs as much as the lightest flag:
 * a question waiting for an answer puts the athlete above one who is only quiet.
 */
export const NEW_COMMENT_WEIGHT = 100;

/** The desk's attention score with the athlete's unread comments counted in (once, not per comment). */
export function withNewComments(score: number, newComments: number): number {
  return newComments > 0 ? score + NEW_COMMENT_WEIGHT : score;
}

/** The flag's words: "A new comment", "3 new comments"; null for none. */
export function newCommentsText(count: number): string | null {
  if (count <= 0) return null;
  return count === 1 ? 'A new comment' : `${count} new comments`;
}
