import { describe, expect, it } from 'vitest';
import { lockSetter } from './lock-words';

describe('who set a locked workout, from where the reader stands', () => {
  it('tells the athlete and the coach apart', () => {
    expect(lockSetter('athlete', 'athlete')).toBe('you');
    expect(lockSetter('coach', 'athlete')).toBe('your coach');
    expect(lockSetter('coach', 'coach')).toBe('you');
    expect(lockSetter('athlete', 'coach')).toBe('your athlete');
  });
});
