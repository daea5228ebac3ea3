import { describe, expect, it } from 'vitest';
import { SessionClock } from './session-clock';

describe('SessionClock', () => {
  it('runs at its speed', () => {
    let realMs = 1000;
    const clock = new SessionClock(20, () => realMs);
    expect(clock.nowS()).toBe(0);
    realMs += 500;
    expect(clock.nowS()).toBe(10);
    expect(clock.realMs(1000)).toBe(50);
  });

  it('refuses a speed that is not positive', () => {
    expect(() => new SessionClock(0)).toThrow(RangeError);
  });
});
