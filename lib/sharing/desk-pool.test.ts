import { describe, expect, it } from 'vitest';
import { DeskPool } from './desk-pool';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

describe('the desk visits a few athletes at a time', () => {
  it('never holds more than its places open, and visits every athlete once before any twice', () => {
    const pool = new DeskPool({ maxOpen: 4, revisitMs: 60_000 });
    pool.setAthletes(ids(40), 0);
    const visited: string[] = [];
    let now = 0;
    while (visited.length < 40) {
      const open = pool.openNow();
      expect(open.length).toBeGreaterThan(0);
      expect(open.length).toBeLessThanOrEqual(4);
      now += 100;
      visited.push(open[0]!);
      pool.finished(open[0]!, now);
    }
    expect(new Set(visited).size).toBe(40);
    // Everyone was visited within the minute: nobody is due, so nothing is open.
    expect(pool.openNow()).toEqual([]);
    expect(pool.nextDueInMs(now)).toBe(60_000 - (now - 100));
  });

  it('comes back to the athlete visited longest ago once the minute has passed', () => {
    const pool = new DeskPool({ maxOpen: 1, revisitMs: 1_000 });
    pool.setAthletes(['x', 'y'], 0);
    pool.finished('x', 10);
    pool.finished('y', 20);
    expect(pool.openNow()).toEqual([]);
    pool.fill(1_015);
    expect(pool.openNow()).toEqual(['x']);
    pool.finished('x', 1_030);
    pool.fill(1_030);
    expect(pool.openNow()).toEqual(['y']);
  });

  it('visits everyone again when the coach comes back to the desk', () => {
    const pool = new DeskPool({ maxOpen: 2, revisitMs: 60_000 });
    pool.setAthletes(['x', 'y', 'z'], 0);
    expect(pool.openNow()).toEqual(['x', 'y']);
    pool.finished('x', 1);
    expect(pool.openNow()).toEqual(['y', 'z']);
    pool.finished('y', 2);
    pool.finished('z', 3);
    expect(pool.openNow()).toEqual([]);
    pool.allDue(4);
    expect(pool.openNow()).toHaveLength(2);
  });

  it('closes an athlete who stopped sharing and gives the place to the next', () => {
    const pool = new DeskPool({ maxOpen: 2, revisitMs: 60_000 });
    pool.setAthletes(['x', 'y', 'z'], 0);
    expect(pool.openNow()).toEqual(['x', 'y']);
    pool.setAthletes(['y', 'z'], 5);
    expect(pool.openNow()).toEqual(['y', 'z']);
    // A late word from a visit that was already closed changes nothing.
    pool.finished('x', 6);
    expect(pool.openNow()).toEqual(['y', 'z']);
  });
});
