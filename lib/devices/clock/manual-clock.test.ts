import { describe, expect, it } from 'vitest';
import { ManualClock } from './manual-clock';

describe('ManualClock', () => {
  it('runs due timers in order of due time, each at its own time', async () => {
    const clock = new ManualClock();
    const seen: string[] = [];
    clock.every(400, () => seen.push(`every@${clock.nowS()}`));
    clock.after(1000, () => seen.push(`after@${clock.nowS()}`));
    clock.after(300, () => seen.push(`early@${clock.nowS()}`));
    await clock.advanceS(1.2);
    expect(seen).toEqual(['early@0.3', 'every@0.4', 'every@0.8', 'after@1', 'every@1.2']);
    expect(clock.nowS()).toBe(1.2);
  });

  it('keeps scheduling order for timers due at the same time', async () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    for (const n of [1, 2, 3]) clock.after(500, () => seen.push(n));
    await clock.advanceS(0.5);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('lets the work a timer starts settle before the next timer runs', async () => {
    const clock = new ManualClock();
    const seen: string[] = [];
    void (async () => {
      await clock.sleep(100);
      await Promise.resolve();
      seen.push(`woke@${clock.nowS()}`);
      await clock.sleep(100);
      seen.push(`woke again@${clock.nowS()}`);
    })();
    clock.after(150, () => seen.push('timer@0.15'));
    await clock.advanceS(1);
    expect(seen).toEqual(['woke@0.1', 'timer@0.15', 'woke again@0.2']);
  });

  it('stops a cancelled timer', async () => {
    const clock = new ManualClock();
    let runs = 0;
    const stop = clock.every(100, () => runs++);
    await clock.advanceS(0.25);
    stop();
    await clock.advanceS(1);
    expect(runs).toBe(2);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('moves wall-clock time with session time, slower when the session runs fast', async () => {
    const clock = new ManualClock({ speed: 20, wallStartMs: 1_000_000 });
    await clock.advanceS(10);
    expect(clock.wallNowMs()).toBe(1_000_500);
  });

  it('fails loudly when what it waits for never happens', async () => {
    const clock = new ManualClock();
    await expect(clock.runUntil(() => false, 'a miracle', 2)).rejects.toThrow(
      'Still waiting for a miracle after 2 s of session time.',
    );
    expect(clock.nowS()).toBeCloseTo(2, 6);
  });

  it('refuses a repeating timer with no interval', () => {
    expect(() => new ManualClock().every(0, () => undefined)).toThrow(RangeError);
  });
});
