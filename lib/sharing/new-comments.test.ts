import { describe, expect, it } from 'vitest';
import { NEW_COMMENT_WEIGHT, newCommentsText, withNewComments } from './new-comments';

describe("the desk's new-comment flag", () => {
  it('puts an athlete with a new comment above the same athlete without one', () => {
    expect(withNewComments(12, 0)).toBe(12);
    expect(withNewComments(12, 3)).toBe(12 + NEW_COMMENT_WEIGHT);
    expect(withNewComments(0, 1)).toBeGreaterThan(withNewComments(99, 0));
  });

  it('says how many, and nothing when there are none', () => {
    expect(newCommentsText(0)).toBeNull();
    expect(newCommentsText(1)).toBe('A new comment');
    expect(newCommentsText(3)).toBe('3 new comments');
  });
});
