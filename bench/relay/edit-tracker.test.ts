import { describe, expect, it } from 'vitest';
import { EditTracker } from './edit-tracker.ts';

describe('EditTracker', () => {
  it('completes an edit when its last peer receives it, and times each delivery', () => {
    const t = new EditTracker(0, 1000);
    t.sent(1, 1, 100, 2);
    t.received(2, 1, 1, 103);
    expect(t.undelivered).toBe(1);
    t.received(3, 1, 1, 110);
    expect(t.undelivered).toBe(0);
    expect(t.deliveriesInWindow).toBe(2);
    expect(t.editsCompletedInWindow).toBe(1);
    const { deliveryMs, editMs } = t.latencies();
    expect([...deliveryMs]).toEqual([3, 10]);
    expect([...editMs]).toEqual([10]);
  });

  it('counts edits merged into one update after a resync as delivered at that moment', () => {
    const t = new EditTracker(0, 1000);
    t.sent(1, 1, 100, 1);
    t.sent(1, 2, 200, 1);
    t.sent(1, 3, 300, 1);
    t.received(2, 1, 3, 400);
    expect(t.undelivered).toBe(0);
    expect([...t.latencies().deliveryMs]).toEqual([300, 200, 100]);
  });

  it('ignores a repeat of an edit the receiver already has', () => {
    const t = new EditTracker(0, 1000);
    t.sent(1, 1, 100, 2);
    t.received(2, 1, 1, 105);
    t.received(2, 1, 1, 120);
    expect(t.undelivered).toBe(1);
    expect(t.deliveriesInWindow).toBe(1);
  });

  it('times late arrivals but counts only arrivals inside the window as throughput', () => {
    const t = new EditTracker(0, 1000);
    t.sent(1, 1, 990, 1);
    t.received(2, 1, 1, 1020);
    expect(t.deliveriesInWindow).toBe(0);
    expect(t.editsCompletedInWindow).toBe(0);
    expect([...t.latencies().editMs]).toEqual([30]);
  });
});

describe('EditTracker completion callback', () => {
  it('names the sender once its edit has reached every peer, and only then', () => {
    const completed: number[] = [];
    const t = new EditTracker(0, 1000, (sender) => completed.push(sender));
    t.sent(7, 1, 0, 2);
    t.received(8, 7, 1, 5);
    expect(completed).toEqual([]);
    t.received(9, 7, 1, 6);
    expect(completed).toEqual([7]);
  });
});
