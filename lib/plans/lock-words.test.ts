import { describe, expect, it } from 'vitest';
import { lockSetter } from './lock-words';

describe('who set a locked workout, from where the reader stands', () => {
  it('the athlete reads "your coach" for the coach\'s lock and "you" for their own', () => {
    expect(`kept: ${lockSetter('coach', 'athlete')} set this`).toBe('kept: your coach set this');
    expect(lockSetter('athlete', 'athlete')).toBe('you');
  });

  it('the coach reads "you" for their own lock and "your athlete" for the athlete\'s', () => {
    expect(lockSetter('coach', 'coach')).toBe('you');
    expect(lockSetter('athlete', 'coach')).toBe('your athlete');
  });
});
