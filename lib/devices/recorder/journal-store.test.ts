import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalStore } from './journal-store';
import type { RecordingMeta } from './journal-format';

const meta = (id: string, updatedAtMs: number): RecordingMeta => ({
  id,
  startedAt: '2026-11-21T07:00:00.000Z',
  sport: 'rowing',
  devices: ['Concept2 PM5 (demo)'],
  status: 'recording',
  plannedWorkoutId: null,
  updatedAtMs,
});

const row = (timeS: number) => ({
  timeS,
  heartRateBpm: timeS === 2 ? NaN : 130,
  speedMps: 4,
  powerW: 200,
  cadence: 24,
  distanceM: timeS * 4,
});

let n = 0;
const stores: JournalStore[] = [];
const open = () => {
  const s = new JournalStore(`recorder-test-${n++}`);
  stores.push(s);
  return s;
};
afterEach(() => stores.splice(0).forEach((s) => s.close()));

describe('JournalStore', () => {
  it('reads back every chunk in order, NaN gaps included', async () => {
    const store = open();
    await store.begin(meta('a', 0));
    // Written out of order on purpose: the key orders them, not the arrival.
    await store.append({ sessionId: 'a', seq: 1, rows: [row(2), row(3)], events: [] }, 20);
    await store.append(
      { sessionId: 'a', seq: 0, rows: [row(0), row(1)], events: [{ type: 'lap', atS: 1 }] },
      10,
    );
    const session = await store.load('a');
    expect(session?.chunkCount).toBe(2);
    expect(session?.rows.map((r) => r.timeS)).toEqual([0, 1, 2, 3]);
    expect(session?.rows[2]?.heartRateBpm).toBeNaN();
    expect(session?.events).toEqual([{ type: 'lap', atS: 1 }]);
    expect(session?.meta.updatedAtMs).toBe(20);
  });

  it('lists only unfinished sessions, newest first, and forgets discarded ones', async () => {
    const store = open();
    await store.begin(meta('old', 100));
    await store.begin(meta('new', 200));
    await store.begin({ ...meta('done', 300), status: 'finished' });
    await store.append({ sessionId: 'old', seq: 0, rows: [row(0)], events: [] }, 150);
    expect((await store.unfinished()).map((m) => m.id)).toEqual(['new', 'old']);
    await store.discard('old');
    expect((await store.unfinished()).map((m) => m.id)).toEqual(['new']);
    expect(await store.load('old')).toBeNull();
  });

  it('keeps sessions apart', async () => {
    const store = open();
    await store.begin(meta('x', 0));
    await store.begin(meta('y', 0));
    await store.append({ sessionId: 'x', seq: 0, rows: [row(0)], events: [] }, 1);
    await store.append({ sessionId: 'y', seq: 0, rows: [row(5), row(6)], events: [] }, 1);
    expect((await store.load('x'))?.rows).toHaveLength(1);
    expect((await store.load('y'))?.rows).toHaveLength(2);
  });
});
