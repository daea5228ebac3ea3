import { afterEach, describe, expect, it, vi } from 'vitest';
import { RealClock } from './real-clock';

afterEach(() => {
  vi.useRealTimers();
});

describe('RealClock', () => {
  it('runs at its speed', () => {
    let realMs = 1000;
    const clock = new RealClock(20, () => realMs);
    expect(clock.nowS()).toBe(0);
    realMs += 500;
    expect(clock.nowS()).toBe(10);
  });

  it('scales its timers by the speed: a session second at 20× takes 50 real ms', () => {
    vi.useFakeTimers();
    const clock = new RealClock(20);
    const ticks: number[] = [];
    let slept = false;
    const stop = clock.every(1000, () => ticks.push(ticks.length));
    void clock.sleep(2000).then(() => (slept = true));
    vi.advanceTimersByTime(49);
    expect(ticks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ticks).toEqual([0]);
    vi.advanceTimersByTime(100);
    expect(ticks).toEqual([0, 1, 2]);
    stop();
    vi.advanceTimersByTime(500);
    expect(ticks).toHaveLength(3);
    return Promise.resolve().then(() => expect(slept).toBe(true));
  });

  it('refuses a speed that is not positive', () => {
    expect(() => new RealClock(0)).toThrow(RangeError);
  });
});
